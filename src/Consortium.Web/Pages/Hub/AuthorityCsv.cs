using System.Globalization;
using Consortium.Contracts.Messages;
using Consortium.Hub.Comparison;
using Consortium.Hub.Export;

namespace Consortium.Web.Pages.Hub;

/// <summary>The tables of an authority's view as CSV, row for row as the page shows them.</summary>
public static class AuthorityCsv
{
    public static CsvTable Trend(AuthorityTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "indicator", .. ComparisonCsv.ValueHeaders(trend.Indicator), "median_all_authorities", .. ComparisonCsv.ComparatorHeaders(trend.Indicator), "data_quality_flag"]);
        foreach (var point in trend.Points)
        {
            csv.Row([point.Period.Key, trend.Authority.Code, trend.Authority.Name, trend.Indicator.Code.ToString(),
                .. ComparisonCsv.ValueCells(trend.Indicator, point.Value), HubFormat.ForFile(point.Median, 1), .. ComparisonCsv.ComparatorCells(point.Comparators), point.Flag?.Explanation ?? ""]);
        }

        return csv;
    }

    public static CsvTable Latest(AuthorityLatest latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "indicator", "indicator_name", "value", "compared_on", "compared_value", "rank", "of", "quartile_band", "median_all_authorities", "neighbours_mean", "neighbours_reporting", "neighbours_listed", "region_others_mean", "region_others_reporting", "region_others_known"]);
        foreach (var row in latest.Indicators)
        {
            csv.Row([
                latest.Period?.Key ?? "", latest.Authority.Code, latest.Authority.Name, row.Indicator.Code.ToString(), row.Indicator.Name,
                HubFormat.ForFile(row.Value?.Value, row.Indicator.HasRate ? 0 : 1, row.Value?.Status ?? ValueStatus.Unavailable),
                ComparedValue.Label(row.Indicator),
                HubFormat.ForFile(row.Compared, 1, row.Value?.Status ?? ValueStatus.Unavailable),
                row.Rank?.Rank.ToString(CultureInfo.InvariantCulture) ?? HubFormat.NotApplicable,
                row.Rank is null ? HubFormat.NotApplicable : row.ComparedCount.ToString(CultureInfo.InvariantCulture),
                row.Rank?.Band.ToString() ?? HubFormat.NotApplicable,
                HubFormat.ForFile(row.Median, 1),
                .. ComparisonCsv.ComparatorCells(row.Comparators),
            ]);
        }

        return csv;
    }

    public static CsvTable Published(AuthorityTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "indicator", "published_value", "data_quality_flag"]);
        foreach (var point in trend.Published)
        {
            csv.Row([point.Figure.Year.Key, trend.Authority.Code, trend.Authority.Name, trend.Indicator.Code.ToString(),
                point.Figure.Value is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) : HubFormat.Suppressed, point.Flag?.Explanation ?? ""]);
        }

        return csv;
    }
}
