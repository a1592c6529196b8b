using Consortium.Contracts.Catalogue;

namespace Consortium.Contracts.Messages;

/// <summary>
/// One indicator's aggregate for an authority and period. When <see cref="Status"/> is not Available every number is
/// empty: a suppressed value is never sent in a form the hub could re-derive.
/// </summary>
public sealed record IndicatorValue
{
    public required IndicatorCode Indicator { get; init; }

    public required ValueStatus Status { get; init; }

    /// <summary>The headline in the indicator's unit: a count, a percentage or a median.</summary>
    public decimal? Value { get; init; }

    public long? Numerator { get; init; }

    public long? Denominator { get; init; }

    /// <summary>Per 10,000 children aged 0-17, for counts.</summary>
    public decimal? RatePer10000 { get; init; }

    /// <summary>25th percentile, for medians.</summary>
    public decimal? LowerQuartile { get; init; }

    /// <summary>75th percentile, for medians.</summary>
    public decimal? UpperQuartile { get; init; }
}
