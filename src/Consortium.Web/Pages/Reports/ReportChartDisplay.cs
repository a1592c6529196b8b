using Consortium.Reports;
using Consortium.Web.Pages.Hub.Charts;

namespace Consortium.Web.Pages.Reports;

/// <summary>A report chart as the SVG line chart the other pages draw, beside the same figures' table: the first series solid blue, a second dashed red.</summary>
public static class ReportChartDisplay
{
    private static readonly (string Colour, string? Dash)[] Styles = [("#1d70b8", LineChart.Solid), ("#d4351c", LineChart.Dashed)];

    public static LineChart Chart(string section, int index, ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new LineChart($"{section}-chart-{index}", chart.Title, chart.Description, chart.Periods,
            [.. chart.Series.Select((s, n) => new LineChart.Series(s.Name, [.. s.Values.Select(v => v is { } value ? (decimal?)value : null)], Styles[n % Styles.Length].Colour, Styles[n % Styles.Length].Dash))]);
    }
}
