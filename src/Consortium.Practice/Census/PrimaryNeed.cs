namespace Consortium.Practice.Census;

/// <summary>The primary need at a referral, as the census codes it.</summary>
public sealed record PrimaryNeed : CensusCode, ICodeType<PrimaryNeed>
{
    private PrimaryNeed(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>N1: Abuse or neglect.</summary>
    public static PrimaryNeed AbuseOrNeglect { get; } = new("N1", "Abuse or neglect");

    /// <summary>N0: Not stated.</summary>
    public static PrimaryNeed NotStated { get; } = new("N0", "Not stated");

    public static CodeList<PrimaryNeed> List { get; } = new(
    [
        NotStated,
        AbuseOrNeglect,
        new("N2", "Child's disability or illness"),
        new("N3", "Parental disability or illness"),
        new("N4", "Family in acute stress"),
        new("N5", "Family dysfunction"),
        new("N6", "Socially unacceptable behaviour"),
        new("N7", "Low income"),
        new("N8", "Absent parenting"),
        new("N9", "Cases other than children in need"),
    ]);
}
