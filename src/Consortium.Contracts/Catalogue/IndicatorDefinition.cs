namespace Consortium.Contracts.Catalogue;

/// <summary>
/// One indicator as the consortium defines it. Not sent on the bus: both sides hold the catalogue in code.
/// <see cref="AddsUpOverPeriods"/> marks an indicator counted over events dated in the period (referrals, enquiries,
/// plans starting or ending), whose count, numerator and denominator for a reporting year are the sums of those of
/// its quarters and of its months; indicators about what is open at the period end or medians do not add up.
/// <see cref="SharedForReportingYearsOnly"/> marks one whose months and quarters stay in the authority: too few to
/// compare, and small monthly counts linked to the year would hide the year's figure too.
/// </summary>
public sealed record IndicatorDefinition(
    IndicatorCode Code,
    IndicatorGroup Group,
    string Name,
    IndicatorUnit Unit,
    Polarity Polarity,
    string Definition,
    string? Numerator,
    string? Denominator,
    int IntroducedInVersion = 1,
    bool AddsUpOverPeriods = false,
    bool SharedForReportingYearsOnly = false)
{
    /// <summary>Whether this indicator's figures of <paramref name="period"/> go to the hub.</summary>
    public bool IsSharedFor(ReportingPeriod period) => !SharedForReportingYearsOnly || period.Kind == PeriodKind.ReportingYear;

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
