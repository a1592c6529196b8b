using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Returns;

/// <summary>An indicator column of the Department's open data format.</summary>
public sealed record ReturnColumn(string Name, string Label, IndicatorDefinition Indicator, ReturnMeasure Measure)
{
    public int DecimalPlaces => Measure is ReturnMeasure.Count or ReturnMeasure.Numerator or ReturnMeasure.Denominator ? 0 : 1;

    public string Unit => Measure == ReturnMeasure.Percent ? "%" : "";

    public string Grouping => Indicator.Group switch
    {
        IndicatorGroup.ChildrenInNeedAndProtection => "Children in need and child protection",
        IndicatorGroup.SignsOfSafetyPractice => "Signs of Safety practice",
        IndicatorGroup.Workforce => "Workforce",
        _ => "Quality",
    };

    /// <summary>The indicator columns for the whole catalogue, in catalogue order, snake_case as the format requires.</summary>
    public static IReadOnlyList<ReturnColumn> ForCatalogue() => [.. IndicatorCatalogue.All.SelectMany(For)];

    private static IEnumerable<ReturnColumn> For(IndicatorDefinition indicator)
    {
        var code = indicator.Code.ToString().ToLowerInvariant();
        var stem = code.EndsWith("_median", StringComparison.Ordinal) ? code[..^"_median".Length] : code;
        switch (indicator.Unit)
        {
            case IndicatorUnit.Count:
                yield return new ReturnColumn($"{code}_count", indicator.Name, indicator, ReturnMeasure.Count);
                yield return new ReturnColumn($"{code}_rate_per_10000", $"{indicator.Name}: rate per 10,000 children aged 0-17", indicator, ReturnMeasure.RatePer10000);
                break;
            case IndicatorUnit.Percent:
                yield return new ReturnColumn($"{code}_percent", $"{indicator.Name} (%)", indicator, ReturnMeasure.Percent);
                yield return new ReturnColumn($"{code}_numerator", $"{indicator.Name}: numerator", indicator, ReturnMeasure.Numerator);
                yield return new ReturnColumn($"{code}_denominator", $"{indicator.Name}: denominator", indicator, ReturnMeasure.Denominator);
                break;
            default:
                yield return new ReturnColumn($"{stem}_median", $"{indicator.Name} ({indicator.UnitLabel})", indicator, ReturnMeasure.Median);
                yield return new ReturnColumn($"{stem}_lower_quartile", $"{indicator.Name}: 25th percentile", indicator, ReturnMeasure.LowerQuartile);
                yield return new ReturnColumn($"{stem}_upper_quartile", $"{indicator.Name}: 75th percentile", indicator, ReturnMeasure.UpperQuartile);
                break;
        }
    }
}
