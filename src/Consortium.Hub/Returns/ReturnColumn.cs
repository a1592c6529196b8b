using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Returns;

/// <summary>
/// An indicator column of the Department's open data format. Where the Department's data dictionary (the screener's
/// <c>data-dictionary.csv</c>) names the measure, the column takes that name (<c>referral_count</c>,
/// <c>rereferral_percent</c>, ...); otherwise the catalogue code in snake_case with the measure as suffix. Labels are
/// kept to the screener's 80 characters by a shorter name for the indicators whose full name would run over.
/// </summary>
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

    public const int MaxLabelLength = 80;

    /// <summary>The data dictionary's names for measures the catalogue shares with the Children in Need publication.</summary>
    private static readonly Dictionary<(IndicatorCode, ReturnMeasure), string> DictionaryNames = new()
    {
        [(IndicatorCode.REF, ReturnMeasure.Count)] = "referral_count",
        [(IndicatorCode.REREF12, ReturnMeasure.Percent)] = "rereferral_percent",
        [(IndicatorCode.REREF12, ReturnMeasure.Numerator)] = "rereferral_count",
        [(IndicatorCode.REF_NFA, ReturnMeasure.Percent)] = "no_further_action_percent",
        [(IndicatorCode.REF_NFA, ReturnMeasure.Numerator)] = "no_further_action_count",
    };

    /// <summary>Shorter names for labels, used only where the catalogue's name would take a label over 80 characters.</summary>
    private static readonly Dictionary<IndicatorCode, string> ShortNames = new()
    {
        [IndicatorCode.SOS_NETWORK] = "Safety network of 3 or more who know the danger statements",
    };

    /// <summary>The indicator columns for the whole catalogue, in catalogue order, snake_case as the format requires.</summary>
    public static IReadOnlyList<ReturnColumn> ForCatalogue() => [.. IndicatorCatalogue.All.SelectMany(For)];

    private static IEnumerable<ReturnColumn> For(IndicatorDefinition indicator) =>
        Generated(indicator).Select(c => c with
        {
            Name = DictionaryNames.GetValueOrDefault((indicator.Code, c.Measure), c.Name),
            Label = c.Label.Length <= MaxLabelLength || !ShortNames.TryGetValue(indicator.Code, out var shortName)
                ? c.Label
                : shortName + c.Label[indicator.Name.Length..],
        });

    private static IEnumerable<ReturnColumn> Generated(IndicatorDefinition indicator)
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
