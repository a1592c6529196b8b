namespace Consortium.Contracts.Catalogue;

/// <summary>One indicator as the consortium defines it. Not sent on the bus: both sides hold the catalogue in code.</summary>
public sealed record IndicatorDefinition(
    IndicatorCode Code,
    IndicatorGroup Group,
    string Name,
    IndicatorUnit Unit,
    Polarity Polarity,
    string Definition,
    string? Numerator,
    string? Denominator,
    int IntroducedInVersion = 1)
{
    public bool HasRate => Unit == IndicatorUnit.Count;

    public bool IsMedian => Unit is IndicatorUnit.MedianWorkingDays or IndicatorUnit.MedianPoints;

    /// <summary>The unit as a table header shows it.</summary>
    public string UnitLabel => Unit switch
    {
        IndicatorUnit.Count => "count",
        IndicatorUnit.Percent => "%",
        IndicatorUnit.MedianWorkingDays => "working days",
        _ => "points",
    };
}
