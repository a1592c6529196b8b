using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A case note as the practitioner writes it.</summary>
public sealed record CaseNoteInput(DateOnly? WrittenOn, CaseNoteType? Type, string? Text, bool Significant)
{
    public const int MaxText = 8000;

    public IReadOnlyList<FieldError> Validate(CaseRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<FieldError>();
        if (WrittenOn is not { } on)
        {
            problems.Add(new(nameof(WrittenOn), "Enter the date the note is about"));
        }
        else if (on > today)
        {
            problems.Add(new(nameof(WrittenOn), "The date of the note cannot be in the future"));
        }
        else if (on < record.ReferralDate)
        {
            problems.Add(new(nameof(WrittenOn), $"The date of the note cannot be before the referral, {record.ReferralDate:d MMMM yyyy}"));
        }

        if (Type is not { } type || !Enum.IsDefined(type))
        {
            problems.Add(new(nameof(Type), "Choose the type of note"));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            problems.Add(new(nameof(Text), "Enter the note"));
        }
        else if (Text.Length > MaxText)
        {
            problems.Add(new(nameof(Text), $"The note must be {MaxText} characters or fewer"));
        }

        return problems;
    }
}
