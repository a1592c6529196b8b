using System.Globalization;

namespace Consortium.Web.Pages.Hub.Charts;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: one bar per authority with a value, a line at the median. The
/// page always shows the same figures in a table beside it; the chart's title and description say what it shows.
/// </summary>
public sealed class BarChart(string id, string title, string description, IReadOnlyList<BarChart.Bar> bars, decimal? median, string? medianLabel)
{
    public const int Width = 720;
    public const int LabelWidth = 220;
    public const int ValueWidth = 70;
    public const int BarHeight = 16;
    public const int Gap = 6;
    public const int Top = 8;

    public sealed record Bar(string Label, decimal Value, string ValueText, bool Highlighted = false);

    public string Id { get; } = id;
    public string Title { get; } = title;
    public string Description { get; } = description;
    public IReadOnlyList<Bar> Bars { get; } = bars;
    public decimal? Median { get; } = median;
    public string? MedianLabel { get; } = medianLabel;

    public int Height => Top + (Bars.Count * (BarHeight + Gap)) + 28;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public double Y(int index) => Top + (index * (BarHeight + Gap));

    public double X(decimal value) => LabelWidth + ((double)(value / Scale) * (Width - LabelWidth - ValueWidth));

    public double BarWidth(decimal value) => Math.Max(1, X(value) - LabelWidth);

    private decimal Scale => Math.Max(Bars.Count == 0 ? 1 : Bars.Max(b => b.Value), Median ?? 0) is > 0 and var max ? max : 1;
}
