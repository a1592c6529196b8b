using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Returns;

/// <summary>What a column measures, for the metadata file and for aggregating the consortium row.</summary>
public enum ReturnMeasure
{
    Count,
    RatePer10000,
    Percent,
    Numerator,
    Denominator,
    Median,
    LowerQuartile,
    UpperQuartile,
}
