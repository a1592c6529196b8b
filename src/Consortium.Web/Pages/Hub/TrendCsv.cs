using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.England;
using Consortium.Hub.Export;
using Consortium.Hub.Trends;

namespace Consortium.Web.Pages.Hub;

/// <summary>The trend tables as CSV, row for row as the pages show them; published figures exactly as published.</summary>
public static class TrendCsv
{
    private const string Published = "published";
    private const string Shared = "shared";

    public static CsvTable PublishedThenShared(LongTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var csv = new CsvTable(["time_period", "source", "new_la_code", "la_name", "indicator", "value", "compared_value", "england", "region", "neighbours_mean", "neighbours_reporting", "neighbours_listed", "data_quality_flag"]);
        var code = trend.Indicator.Code.ToString();
        foreach (var point in trend.Published)
        {
            csv.Row([point.Year.Key, Published, trend.Authority.Code, trend.Authority.Name, code,
                TrendDisplay.ForFile(point.Value), TrendDisplay.ForFile(trend.Indicator.HasRate ? point.Rate : point.Value),
                TrendDisplay.ForFile(point.England), TrendDisplay.ForFile(point.Region),
                HubFormat.ForFile(point.Neighbours.Mean, 1), Count(point.Neighbours.Reporting), Count(point.Neighbours.OutOf), point.Flag?.Explanation ?? ""]);
        }

        foreach (var point in trend.Shared)
        {
            csv.Row([point.Period.Key, Shared, trend.Authority.Code, trend.Authority.Name, code,
                TrendDisplay.SharedForFile(trend.Indicator, point), TrendDisplay.SharedComparedForFile(point),
                HubFormat.NotApplicable, HubFormat.NotApplicable, HubFormat.NotApplicable, HubFormat.NotApplicable, HubFormat.NotApplicable, point.Flag?.Explanation ?? ""]);
        }

        return csv;
    }

    public static CsvTable Members(MemberTrends trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var csv = new CsvTable(["time_period", "source", "new_la_code", "la_name", "indicator", "value", "compared_value"]);
        var code = trends.Indicator.Code.ToString();
        foreach (var trend in trends.Members)
        {
            foreach (var point in trend.Published)
            {
                csv.Row([point.Year.Key, Published, trend.Authority.Code, trend.Authority.Name, code,
                    TrendDisplay.ForFile(point.Value), TrendDisplay.ForFile(trends.Indicator.HasRate ? point.Rate : point.Value)]);
            }

            foreach (var point in trend.Shared)
            {
                csv.Row([point.Period.Key, Shared, trend.Authority.Code, trend.Authority.Name, code,
                    TrendDisplay.SharedForFile(trends.Indicator, point), TrendDisplay.SharedComparedForFile(point)]);
            }
        }

        return csv;
    }

    public static CsvTable Neighbours(HubAuthority authority, IndicatorDefinition indicator, ReportingPeriod year, NeighbourFigures figures)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(figures);
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "indicator", "neighbour_rank", "neighbour_new_la_code", "neighbour_la_name", "published_value", "compared_value", "neighbours_mean", "neighbours_reporting", "neighbours_listed"]);
        foreach (var neighbour in figures.Neighbours)
        {
            csv.Row([year.Key, authority.Code, authority.Name, indicator.Code.ToString(), Count(neighbour.Rank), neighbour.Code, neighbour.Name,
                TrendDisplay.ForFile(neighbour.Value), HubFormat.ForFile(neighbour.Compared, 1),
                HubFormat.ForFile(figures.Mean.Mean, 1), Count(figures.Mean.Reporting), Count(figures.Mean.OutOf)]);
        }

        return csv;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
