using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Export;
using Consortium.Hub.Published;

namespace Consortium.Web.Pages.Hub;

/// <summary>The comparison table as CSV: the same rows as the page, numbers without formatting, symbols where there is none.</summary>
public static class ComparisonCsv
{
    public static CsvTable Write(ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var indicator = table.Indicator;
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "indicator", .. ValueHeaders(indicator), "rank", "quartile_band", "published_value", .. ComparatorHeaders(indicator), "data_quality_flag"]);
        foreach (var row in table.Rows)
        {
            csv.Row([
                table.Period.Key, row.Authority.Code, row.Authority.Name, indicator.Code.ToString(),
                .. ValueCells(indicator, row.Value),
                row.Rank?.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? HubFormat.NotApplicable,
                row.Rank?.Band.ToString() ?? HubFormat.NotApplicable,
                Published(row.Published),
                .. ComparatorCells(row.Comparators),
                row.Flag?.Explanation ?? "",
            ]);
        }

        csv.Row([table.Period.Key, "z", "Median of the authorities compared", indicator.Code.ToString(), .. MedianCells(indicator, table.Median), "z", "z", "", .. NoComparators, ""]);
        if (table.England is not null)
        {
            csv.Row([table.Period.Key, table.England.AreaCode, "England (published)", indicator.Code.ToString(), .. EnglandCells(indicator, table), "z", "z", Published(table.England), .. NoComparators, ""]);
        }

        return csv;
    }

    /// <summary>
    /// The statistical neighbours' and the rest of the region's means, named for what they are a mean of, each with how
    /// many authorities it rests on out of how many in the group.
    /// </summary>
    public static IEnumerable<string> ComparatorHeaders(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var of = indicator.HasRate ? "rate_per_10000" : indicator.IsMedian ? "median" : "percent";
        return [$"neighbours_mean_{of}", "neighbours_reporting", "neighbours_listed", $"region_others_mean_{of}", "region_others_reporting", "region_others_known"];
    }

    public static IEnumerable<string> ComparatorCells(Comparators comparators)
    {
        ArgumentNullException.ThrowIfNull(comparators);
        return [.. GroupCells(comparators.Neighbours), .. GroupCells(comparators.Region)];

        static IEnumerable<string> GroupCells(GroupMean group) =>
            [HubFormat.ForFile(group.Mean, 1), group.Reporting.ToString(System.Globalization.CultureInfo.InvariantCulture), group.OutOf.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    private static readonly string[] NoComparators = ["z", "z", "z", "z", "z", "z"];

    public static IEnumerable<string> ValueHeaders(IndicatorDefinition indicator) => indicator.Unit switch
    {
        IndicatorUnit.Count => ["count", "rate_per_10000"],
        IndicatorUnit.Percent => ["percent", "numerator", "denominator"],
        _ => ["median", "lower_quartile", "upper_quartile"],
    };

    public static IEnumerable<string> ValueCells(IndicatorDefinition indicator, StoredIndicatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var status = value?.Status ?? ValueStatus.Unavailable;
        return indicator.Unit switch
        {
            IndicatorUnit.Count => [HubFormat.ForFile(value?.Value, 0, status), HubFormat.ForFile(value?.RatePer10000, 1, status)],
            IndicatorUnit.Percent => [HubFormat.ForFile(value?.Value, 1, status), HubFormat.ForFile(value?.Numerator, 0, status), HubFormat.ForFile(value?.Denominator, 0, status)],
            _ => [HubFormat.ForFile(value?.Value, 1, status), HubFormat.ForFile(value?.LowerQuartile, 1, status), HubFormat.ForFile(value?.UpperQuartile, 1, status)],
        };
    }

    private static IEnumerable<string> MedianCells(IndicatorDefinition indicator, decimal? median) => indicator.Unit switch
    {
        IndicatorUnit.Count => ["z", HubFormat.ForFile(median, 1)],
        _ => [HubFormat.ForFile(median, 1), "z", "z"],
    };

    private static IEnumerable<string> EnglandCells(IndicatorDefinition indicator, ComparisonTable table) => indicator.Unit switch
    {
        IndicatorUnit.Count => [HubFormat.ForFile(table.England?.Value, 0, table.England?.IsSuppressed == true ? ValueStatus.Suppressed : ValueStatus.Available), HubFormat.ForFile(table.EnglandRate, 1)],
        _ => [HubFormat.ForFile(table.England?.Value, 1, table.England?.IsSuppressed == true ? ValueStatus.Suppressed : ValueStatus.Available), "x", "x"],
    };

    private static string Published(PublishedFigure? figure) =>
        figure is null ? HubFormat.NotAvailable : figure.Value is { } value ? value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : HubFormat.Suppressed;
}
