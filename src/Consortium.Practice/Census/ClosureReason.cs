namespace Consortium.Practice.Census;

/// <summary>Why a case closed, as the census codes it.</summary>
public sealed record ClosureReason : CensusCode, ICodeType<ClosureReason>
{
    private ClosureReason(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>RC1: Adopted.</summary>
    public static ClosureReason Adopted { get; } = new("RC1", "Adopted");

    /// <summary>RC8: Case closed after assessment, no further action.</summary>
    public static ClosureReason NoFurtherAction { get; } = new("RC8", "Case closed after assessment, no further action");

    /// <summary>RC7: Services ceased for any other reason, including child no longer in need.</summary>
    public static ClosureReason ServicesCeased { get; } = new("RC7", "Services ceased for any other reason, including child no longer in need");

    /// <summary>RC9: Case closed after assessment, referred to early help.</summary>
    public static ClosureReason ReferredToEarlyHelp { get; } = new("RC9", "Case closed after assessment, referred to early help");

    public static CodeList<ClosureReason> List { get; } = new(
    [
        Adopted,
        new("RC2", "Died"),
        new("RC3", "Child arrangements order"),
        new("RC4", "Special guardianship order"),
        new("RC5", "Transferred to services of another local authority"),
        new("RC6", "Transferred to adult social care"),
        ServicesCeased,
        NoFurtherAction,
        ReferredToEarlyHelp,
    ]);
}
