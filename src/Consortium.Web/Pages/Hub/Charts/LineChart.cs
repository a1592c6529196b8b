using System.Globalization;

namespace Consortium.Web.Pages.Hub.Charts;

/// <summary>
/// A line chart drawn on the server as SVG: an authority's values over periods beside its comparators (the median of
/// all authorities, its statistical neighbours, its region), each drawn with its own dash pattern as well as its own
/// colour, and named in a legend of two columns. A period without a value breaks the line. The page always shows the
/// same figures in a table beside it.
/// </summary>
public sealed class LineChart(string id, string title, string description, IReadOnlyList<string> periods, IReadOnlyList<LineChart.Series> series)
{
    public const int Width = 720;
    public const int Height = 330;
    public const int Left = 60;
    public const int Right = 44;
    public const int Top = 16;
    public const int Bottom = 80;
    public const int LegendColumnWidth = 320;

    /// <summary>SVG stroke-dasharray patterns; only a solid line marks its points with dots.</summary>
    public const string? Solid = null;
    public const string Dashed = "6 4";
    public const string Dotted = "2 3";
    public const string DashDot = "12 4 2 4";

    public sealed record Series(string Name, IReadOnlyList<decimal?> Values, string Colour, string? DashArray)
    {
        public bool IsSolid => DashArray is null;
    }

    public string Id { get; } = id;
    public string Title { get; } = title;
    public string Description { get; } = description;
    public IReadOnlyList<string> Periods { get; } = periods;
    public IReadOnlyList<Series> AllSeries { get; } = series;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public decimal Max => AllSeries.SelectMany(s => s.Values).OfType<decimal>().DefaultIfEmpty(0).Max() is > 0 and var max ? max * 1.1m : 1;

    public double X(int index) => Periods.Count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (index * (Width - Left - Right) / (double)(Periods.Count - 1));

    public double Y(decimal value) => Top + ((1 - (double)(value / Max)) * (Height - Top - Bottom));

    /// <summary>Every n-th period is labelled so that labels do not overlap.</summary>
    public int LabelEvery => Math.Max(1, (int)Math.Ceiling(Periods.Count / 10.0));

    /// <summary>The unbroken runs of a series, as SVG polyline points.</summary>
    public IEnumerable<string> Runs(Series line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var run = new List<string>();
        for (var i = 0; i < line.Values.Count; i++)
        {
            if (line.Values[i] is { } value)
            {
                run.Add($"{N(X(i))},{N(Y(value))}");
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

    /// <summary>Where the legend entry of the n-th series starts: two to a row, under the period labels.</summary>
    public static (int X, int Y) LegendAt(int index) => (Left + (index % 2 * LegendColumnWidth), Height - 34 + (index / 2 * 22));

    public IEnumerable<decimal> Ticks()
    {
        for (var i = 0; i <= 4; i++)
        {
            yield return Max * i / 4;
        }
    }
}
