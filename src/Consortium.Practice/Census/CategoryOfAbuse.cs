namespace Consortium.Practice.Census;

/// <summary>The category of abuse of a child protection plan, as the census codes it.</summary>
public sealed record CategoryOfAbuse : CensusCode, ICodeType<CategoryOfAbuse>
{
    private CategoryOfAbuse(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>NEG: Neglect.</summary>
    public static CategoryOfAbuse Neglect { get; } = new("NEG", "Neglect");

    /// <summary>PHY: Physical abuse.</summary>
    public static CategoryOfAbuse PhysicalAbuse { get; } = new("PHY", "Physical abuse");

    /// <summary>SAB: Sexual abuse.</summary>
    public static CategoryOfAbuse SexualAbuse { get; } = new("SAB", "Sexual abuse");

    /// <summary>EMO: Emotional abuse.</summary>
    public static CategoryOfAbuse EmotionalAbuse { get; } = new("EMO", "Emotional abuse");

    /// <summary>MUL: Multiple.</summary>
    public static CategoryOfAbuse Multiple { get; } = new("MUL", "Multiple");

    public static CodeList<CategoryOfAbuse> List { get; } = new(
    [
        Neglect,
        PhysicalAbuse,
        SexualAbuse,
        EmotionalAbuse,
        Multiple,
    ]);
}
