namespace Consortium.Scrutiny.Board;

/// <summary>
/// The programme board's overrides of the report's red, amber and green judgements, kept as versioned settings so every
/// change is in the authority's settings history with who made it and when.
/// </summary>
public sealed class BoardOverrides
{
    public List<JudgementOverride> Overrides { get; set; } = [];
}

/// <summary>The board's judgement of one section for one reporting period, with its note and who recorded it.</summary>
public sealed class JudgementOverride
{
    public const int MaxNote = 1000;

    /// <summary>The reporting period's key, such as "2025-26" or "2025-26 Q3".</summary>
    public string Period { get; set; } = "";

    /// <summary>The section's key, such as "quality".</summary>
    public string Section { get; set; } = "";

    public Rating Rating { get; set; }
    public string Note { get; set; } = "";
    public string By { get; set; } = "";
    public DateOnly On { get; set; }
}
