using Consortium.Hub.Evaluation;
using Consortium.Web.Pages.Hub.Charts;

namespace Consortium.Web.Pages.Evaluation;

/// <summary>The evaluation's chart: the authority's published values, its neighbours' mean, the fitted lines and the intervention.</summary>
public static class EvaluationChart
{
    public static TimelineChart For(AuthorityEvaluationResult result, string authority, DateOnly introducedOn)
    {
        ArgumentNullException.ThrowIfNull(result);
        var years = result.Years;
        TimelineChart.Point Point(EvaluationYear y, double? value) =>
            new(new DateOnly(y.Year - 1, 4, 1), new DateOnly(y.Year, 3, 31), value is { } v ? (decimal)v : null);
        var lines = new List<TimelineChart.Line>
        {
            new(authority, [.. years.Select(y => Point(y, y.Authority))], "#1d70b8", TimelineChart.Solid, TimelineChart.Marker.Circle),
            new("Statistical neighbours' mean", [.. years.Select(y => Point(y, y.Neighbours))], "#d4351c", TimelineChart.Dashed, TimelineChart.Marker.Square),
        };
        if (result.TimeSeries.Estimated)
        {
            lines.Add(new("Fitted (interrupted time series)", [.. years.Select(y => Point(y, y.Fitted))], "#00703c", TimelineChart.Dotted));
            lines.Add(new("Trend before carried on", [.. years.Select(y => Point(y, y.WithoutChange))], "#505a5f", TimelineChart.DashDot));
        }

        var max = years.SelectMany(y => new[] { y.Authority, y.Neighbours, y.Fitted, y.WithoutChange }).OfType<double>().DefaultIfEmpty(1).Max() * 1.1;
        return new TimelineChart(
            "evaluation-chart",
            $"{result.Indicator.Label} in {authority} and its statistical neighbours, by year ending 31 March",
            "The authority's published values, the mean of its ten statistical neighbours and, where estimated, the fitted lines; a vertical line marks when the practice model was introduced. The table beside the chart gives the values.",
            new DateOnly(years.Count == 0 ? 2012 : years[0].Year - 1, 4, 1),
            new DateOnly(years.Count == 0 ? 2013 : years[^1].Year, 3, 31),
            (decimal)max,
            lines,
            [new TimelineChart.Mark("introduced", introducedOn, null, "Practice model introduced", 0)]);
    }
}
