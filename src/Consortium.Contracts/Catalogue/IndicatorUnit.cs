namespace Consortium.Contracts.Catalogue;

/// <summary>What the headline value of an indicator is.</summary>
public enum IndicatorUnit
{
    /// <summary>A count, with a rate per 10,000 children aged 0-17 beside it.</summary>
    Count = 1,
    /// <summary>A percentage of a denominator, to one decimal place.</summary>
    Percent = 2,
    /// <summary>A median in working days, with the 25th and 75th percentiles.</summary>
    MedianWorkingDays = 3,
    /// <summary>A median in safety-scale points (0-10 scale).</summary>
    MedianPoints = 4,
}
