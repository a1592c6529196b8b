using System.Globalization;
using Consortium.Hub.England;
using Consortium.Web.Pages.Hub.Charts;

namespace Consortium.Web.Pages.Hub;

/// <summary>What the comparison page's England section shows: the table, its members' chart and where its CSV files are.</summary>
public sealed record EnglandSection(EnglandTable Table, BarChart Chart, string EnglandCsvUrl, string NeighboursCsvUrl)
{
    public static BarChart ChartOf(EnglandTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var england = table.Indicator.HasRate ? table.England.Rate?.Number : table.England.Value?.Number;
        var bars = table.Rows
            .Where(r => r.IsMember && r.Compared is not null)
            .OrderByDescending(r => r.Compared)
            .Select(r => new BarChart.Bar(r.Name, r.Compared!.Value, EnglandDisplay.Compared(table.Indicator, r.Compared), Highlighted: true))
            .ToList();
        var description = bars.Count == 0
            ? "No member has a published number for this year."
            : string.Format(culture, "{0} members with a published number, highest first: {1}. England is {2}, the dashed line. The same figures are in the table beside it.",
                bars.Count, string.Join("; ", bars.Select(b => $"{b.Label} {b.ValueText}")), EnglandDisplay.Compared(table.Indicator, england));
        return new BarChart("england-chart", $"{table.Indicator.Name}, {table.Period.Label}: members against England (published)", description, bars, england, "England");
    }
}
