namespace Consortium.Contracts.Catalogue;

/// <summary>Which direction is better; LAIT bands and ranks only where there is one.</summary>
public enum Polarity
{
    None = 0,
    High = 1,
    Low = 2,
}

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

/// <summary>The tables of indicators.md. Workforce and quality are recorded by a later part of the product.</summary>
public enum IndicatorGroup
{
    ChildrenInNeedAndProtection = 1,
    SignsOfSafetyPractice = 2,
    Workforce = 3,
    Quality = 4,
}
