using System.Globalization;
using Consortium.Hub.Comparison;
using Consortium.Hub.Trends;

namespace Consortium.Web.Pages.Hub.Charts;

/// <summary>
/// Draws a <see cref="LongTrend"/>: the authority's published years with England, its region and its neighbours' mean,
/// then its shared figures, with a mark where published ends and, for a reorganised authority, where it was formed.
/// </summary>
public static class LongTrendChart
{
    private const string Blue = "#1d70b8";
    private const string Red = "#d4351c";
    private const string Green = "#00703c";
    private const string Purple = "#4c2c92";
    private const string Pink = "#912b88";
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static TimelineChart For(LongTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var (from, to) = Range([trend]);
        var region = trend.RegionName.Length > 0 ? trend.RegionName : "Region";
        TimelineChart.Line[] lines =
        [
            new($"{trend.Authority.Name}, published", [.. trend.Published.Select(p => Point(p, p.Compared))], Blue, TimelineChart.Solid, TimelineChart.Marker.Circle),
            new("England, published", [.. trend.Published.Select(p => Point(p, p.England?.Number))], Red, TimelineChart.Dashed),
            new($"{region}, published", [.. trend.Published.Select(p => Point(p, p.Region?.Number))], Purple, TimelineChart.DashDot),
            new("Statistical neighbours, published mean", [.. trend.Published.Select(p => Point(p, p.Neighbours.Mean))], Green, TimelineChart.Dotted),
            new($"{trend.Authority.Name}, shared with the hub", [.. trend.Shared.Select(Point)], Pink, TimelineChart.Solid, TimelineChart.Marker.Square),
        ];
        return new TimelineChart(
            "long-trend-chart",
            $"{trend.Indicator.Name} in {trend.Authority.Name} since {(trend.Published.Count > 0 ? trend.Published[0].Year.Label : "the first shared period")}: {ComparedValue.Label(trend.Indicator)}, published then shared",
            Description(trend),
            from,
            to,
            Max(lines),
            lines,
            Marks(trend));
    }

    /// <summary>One member's small chart, drawn to the scale and range every member's shares.</summary>
    public static TimelineChart Small(LongTrend trend, DateOnly from, DateOnly to, decimal max)
    {
        ArgumentNullException.ThrowIfNull(trend);
        TimelineChart.Line[] lines =
        [
            new("Published", [.. trend.Published.Select(p => Point(p, p.Compared))], Blue, TimelineChart.Solid, TimelineChart.Marker.Circle),
            new("Shared with the hub", [.. trend.Shared.Select(Point)], Pink, TimelineChart.Dashed, TimelineChart.Marker.Square),
        ];
        var published = trend.Published.Where(p => p.Compared is not null).ToList();
        var shared = trend.Shared.Where(p => p.Compared is not null).ToList();
        var description = string.Format(
            Culture,
            "{0}: {1} published years with a number{2}; {3} shared periods with a number{4}.{5} The scale is the same for every member; the figures are in the table below.",
            trend.Authority.Name,
            published.Count,
            published.Count == 0 ? "" : $", {EnglandDisplay.Compared(trend.Indicator, published[0].Compared)} in {published[0].Year.Label} and {EnglandDisplay.Compared(trend.Indicator, published[^1].Compared)} in {published[^1].Year.Label}",
            shared.Count,
            shared.Count == 0 ? "" : $", {EnglandDisplay.Compared(trend.Indicator, shared[0].Compared)} in {shared[0].Period.Label} and {EnglandDisplay.Compared(trend.Indicator, shared[^1].Compared)} in {shared[^1].Period.Label}",
            trend.FormedIn is { } formed ? $" Formed by a reorganisation in {formed.Label}." : "");
        return new TimelineChart($"trend-{trend.Authority.Code}", $"{trend.Indicator.Name} in {trend.Authority.Name}, published then shared", description, from, to, max, lines, Marks(trend), small: true);
    }

    /// <summary>From the first period of any trend to the last.</summary>
    public static (DateOnly From, DateOnly To) Range(IReadOnlyList<LongTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var starts = trends.SelectMany(t => t.Published.Select(p => p.Year.Start).Concat(t.Shared.Select(s => s.Period.Start))).ToList();
        var ends = trends.SelectMany(t => t.Published.Select(p => p.Year.End).Concat(t.Shared.Select(s => s.Period.End))).ToList();
        return starts.Count == 0 ? (new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31)) : (starts.Min(), ends.Max().AddDays(1));
    }

    /// <summary>The top of a scale of four equal steps of 1, 1.5, 2, 2.5, 3, 4, 5 or 7.5 times a power of ten, a little above the highest number of any trend, published or shared.</summary>
    public static decimal Max(IReadOnlyList<LongTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var numbers = trends.SelectMany(t => t.Published.Select(p => p.Compared).Concat(t.Shared.Select(s => s.Compared))).OfType<decimal>().ToList();
        return Nice(numbers.DefaultIfEmpty(0).Max());
    }

    private static decimal Max(IEnumerable<TimelineChart.Line> lines) => Nice(lines.SelectMany(l => l.Points).Select(p => p.Value).OfType<decimal>().DefaultIfEmpty(0).Max());

    private static decimal Nice(decimal highest)
    {
        if (highest <= 0)
        {
            return 1;
        }

        var step = (double)highest * 1.05 / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var nice = new[] { 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10 }.First(m => m * magnitude >= step) * magnitude;
        return (decimal)nice * 4;
    }

    private static List<TimelineChart.Mark> Marks(LongTrend trend)
    {
        var marks = new List<TimelineChart.Mark>();
        if (trend.PublishedEnd is { } end && trend.Shared.Count > 0)
        {
            var after = end.AddDays(1);
            var sharedFrom = trend.Shared[0].Period.Start;
            marks.Add(new TimelineChart.Mark("published-ends", after, "Published", sharedFrom >= after ? "Shared" : null, 0));
            if (sharedFrom < after)
            {
                marks.Add(new TimelineChart.Mark("shared-begins", sharedFrom, null, "Shared from here", 1));
            }
        }

        if (trend.FormedIn is { } formed)
        {
            marks.Add(new TimelineChart.Mark("reorganisation", formed.Start, null, $"Formed {formed.Label}", 2));
        }

        return marks;
    }

    private static string Description(LongTrend trend)
    {
        var indicator = trend.Indicator;
        var text = new List<string>();
        var published = trend.Published.Where(p => p.Compared is not null).ToList();
        if (trend.Published.Count > 0)
        {
            text.Add(string.Format(
                Culture,
                "{0} as the Department published it for {1} reporting years from {2} to {3}, {4} with a number{5}, beside England, {6} and the mean of its statistical neighbours' published figures.",
                trend.Authority.Name,
                trend.Published.Count,
                trend.Published[0].Year.Label,
                trend.Published[^1].Year.Label,
                published.Count,
                published.Count == 0 ? "" : $": {EnglandDisplay.Compared(indicator, published[0].Compared)} in {published[0].Year.Label} and {EnglandDisplay.Compared(indicator, published[^1].Compared)} in {published[^1].Year.Label}",
                trend.RegionName.Length > 0 ? trend.RegionName : "its region"));
        }
        else
        {
            text.Add("The Department publishes no figure for this indicator.");
        }

        if (trend.Shared.Count > 0)
        {
            text.Add(string.Format(Culture, "Then the {0} periods it shared with the hub, from {1} to {2}; the dashed vertical line marks where the published figures end.", trend.Shared.Count, trend.Shared[0].Period.Label, trend.Shared[^1].Period.Label));
        }

        if (trend.FormedIn is { } formed)
        {
            text.Add($"{trend.Authority.Name} was formed by a reorganisation in {formed.Label}: its line starts there, and the authorities it replaced ({string.Join(", ", trend.Predecessors.Select(p => p.Name))}) are not joined into it.");
        }

        text.Add("A suppressed or missing value breaks a line. The same figures are in the table below.");
        return string.Join(' ', text);
    }

    private static TimelineChart.Point Point(PublishedYearPoint point, decimal? value) => new(point.Year.Start, point.Year.End, value);

    private static TimelineChart.Point Point(SharedPoint point) => new(point.Period.Start, point.Period.End, point.Compared);
}
