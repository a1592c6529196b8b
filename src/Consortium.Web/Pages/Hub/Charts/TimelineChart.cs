using System.Globalization;

namespace Consortium.Web.Pages.Hub.Charts;

/// <summary>
/// A line chart on a line of time, drawn on the server as SVG: each value at the middle of its period, so reporting
/// years and the months or quarters after them sit where they fall. A value missing or given as a symbol breaks the
/// line. Vertical marks show where published figures end and shared begin, and where a reorganisation broke a series.
/// Small charts of the same indicator are drawn to one scale by giving them the same <see cref="Max"/> and range.
/// </summary>
public sealed class TimelineChart
{
    public const string? Solid = null;
    public const string Dashed = "6 4";
    public const string Dotted = "2 3";
    public const string DashDot = "12 4 2 4";

    private const int LegendRow = 22;

    public TimelineChart(string id, string title, string description, DateOnly from, DateOnly to, decimal max, IReadOnlyList<Line> lines, IReadOnlyList<Mark> marks, bool small = false)
    {
        Id = id;
        Title = title;
        Description = description;
        From = from;
        To = to > from ? to : from.AddDays(1);
        Max = max > 0 ? max : 1;
        Lines = lines;
        Marks = marks;
        Small = small;
        Width = small ? 360 : 720;
        Left = small ? 44 : 60;
        Right = small ? 16 : 24;
        Top = small ? 44 : 56;
        LegendColumnWidth = small ? 150 : 320;
        var legendRows = (lines.Count + 1) / 2;
        PlotHeight = small ? 130 : 250;
        Height = Top + PlotHeight + 30 + (legendRows * LegendRow) + 8;
    }

    /// <summary>A series: one value per period, at the period's middle, with its dash pattern and its points' marker, so no two are told apart by colour alone.</summary>
    public sealed record Line(string Name, IReadOnlyList<Point> Points, string Colour, string? DashArray, Marker Marker = Marker.None);

    public enum Marker
    {
        None,
        Circle,
        Square,
    }

    public sealed record Point(DateOnly Start, DateOnly End, decimal? Value)
    {
        public DateOnly Middle => Start.AddDays((End.DayNumber - Start.DayNumber) / 2);
    }

    /// <summary>A vertical line at a day, labelled on either side (<paramref name="Before"/> ends at it, <paramref name="After"/> starts at it) in its own row above the plot.</summary>
    public sealed record Mark(string TestId, DateOnly At, string? Before, string? After, int Row);

    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }
    public decimal Max { get; }
    public IReadOnlyList<Line> Lines { get; }
    public IReadOnlyList<Mark> Marks { get; }
    public bool Small { get; }
    public int Width { get; }
    public int Height { get; }
    public int Left { get; }
    public int Right { get; }
    public int Top { get; }
    public int PlotHeight { get; }
    public int LegendColumnWidth { get; }
    public int FontSize => Small ? 11 : 13;
    public int Bottom => Top + PlotHeight;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public double X(DateOnly day) => Left + ((day.DayNumber - From.DayNumber) / (double)(To.DayNumber - From.DayNumber) * (Width - Left - Right));

    public double Y(decimal value) => Top + ((1 - (double)(value / Max)) * PlotHeight);

    public IEnumerable<decimal> Ticks()
    {
        for (var i = 0; i <= 4; i++)
        {
            yield return Max * i / 4;
        }
    }

    /// <summary>The reporting years on the axis, each labelled at its middle; every n-th so labels do not overlap.</summary>
    public IEnumerable<(DateOnly Start, string Label, bool Labelled)> Years()
    {
        var first = From.Month >= 4 ? From.Year : From.Year - 1;
        var count = 0;
        for (var year = first; new DateOnly(year, 4, 1) <= To; year++)
        {
            count++;
        }

        var every = Math.Max(1, (int)Math.Ceiling(count / (Small ? 3.0 : 7.0)));
        for (var i = 0; i < count; i++)
        {
            var year = first + i;
            yield return (new DateOnly(year, 4, 1), $"{year}-{(year + 1) % 100:00}", i % every == 0);
        }
    }

    /// <summary>The unbroken runs of a line, as SVG polyline points.</summary>
    public IEnumerable<string> Runs(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var run = new List<string>();
        foreach (var point in line.Points)
        {
            if (point.Value is { } value)
            {
                run.Add($"{N(X(point.Middle))},{N(Y(value))}");
                continue;
            }

            if (run.Count > 0)
            {
                yield return string.Join(' ', run);
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            yield return string.Join(' ', run);
        }
    }

    public (int X, int Y) LegendAt(int index) => (Left + (index % 2 * LegendColumnWidth), Bottom + 30 + 4 + (index / 2 * LegendRow));
}
