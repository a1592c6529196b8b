namespace Consortium.Practice.Casework;

/// <summary>What a case note records. Stored by name.</summary>
public enum CaseNoteType
{
    ContactWithChild,
    ContactWithFamily,
    ContactWithProfessional,
    PhoneCall,
    Correspondence,
    Meeting,
    ManagementNote,
    Other,
}

public static class CaseNoteTypes
{
    public static IReadOnlyList<CaseNoteType> All { get; } = Enum.GetValues<CaseNoteType>();

    public static string Label(CaseNoteType type) => type switch
    {
        CaseNoteType.ContactWithChild => "Contact with the child",
        CaseNoteType.ContactWithFamily => "Contact with the family",
        CaseNoteType.ContactWithProfessional => "Contact with another professional",
        CaseNoteType.PhoneCall => "Phone call",
        CaseNoteType.Correspondence => "Letter or email",
        CaseNoteType.Meeting => "Meeting",
        CaseNoteType.ManagementNote => "Management note",
        CaseNoteType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Every note type has a label."),
    };
}
