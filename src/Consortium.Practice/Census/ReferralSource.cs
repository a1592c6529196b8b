namespace Consortium.Practice.Census;

/// <summary>Who made a referral, as the census codes it.</summary>
public sealed record ReferralSource : CensusCode, ICodeType<ReferralSource>
{
    private ReferralSource(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>10: Unknown.</summary>
    public static ReferralSource Unknown { get; } = new("10", "Unknown");

    public static CodeList<ReferralSource> List { get; } = new(
    [
        new("1A", "Individual: family member"),
        new("1B", "Individual: acquaintance"),
        new("1C", "Individual: self"),
        new("1D", "Individual: other"),
        new("2A", "Schools"),
        new("2B", "Education services"),
        new("3A", "Health: GP"),
        new("3B", "Health: visitor"),
        new("3C", "Health: school nurse"),
        new("3D", "Health: other primary health"),
        new("3E", "Health: A&E"),
        new("3F", "Health: other"),
        new("4", "Housing"),
        new("5A", "LA services: social care"),
        new("5B", "LA services: other internal"),
        new("5C", "LA services: external"),
        new("5D", "LA services: other"),
        new("6", "Police"),
        new("7", "Other legal agency"),
        new("8", "Other"),
        new("9", "Anonymous"),
        Unknown,
    ]);
}
