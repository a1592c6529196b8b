using System.Globalization;
using Consortium.Hub.Comparison;
using Consortium.Hub.England;
using Consortium.Hub.Export;

namespace Consortium.Web.Pages.Hub;

/// <summary>The England comparison's two tables as CSV: every authority, and each member's statistical neighbours.</summary>
public static class EnglandCsv
{
    public static CsvTable Authorities(EnglandTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new CsvTable(["time_period", "new_la_code", "la_name", "region_name", "consortium_member", "published_value", "compared_value", "rank", "quartile_band", "shared_value"]);
        foreach (var row in table.Rows)
        {
            csv.Row([
                table.Period.Key, row.Code, row.Name, row.RegionName, row.IsMember ? "yes" : "no", row.Published?.Value ?? HubFormat.NotAvailable,
                HubFormat.ForFile(row.Compared, 1), row.Rank?.Rank.ToString(CultureInfo.InvariantCulture) ?? HubFormat.NotApplicable,
                row.Rank?.Band.ToString() ?? HubFormat.NotApplicable, Shared(row),
            ]);
        }

        csv.Row([table.Period.Key, table.England.Code, "England (published)", "", "z", table.England.Value?.Value ?? HubFormat.NotAvailable,
            (table.Indicator.HasRate ? table.England.Rate?.Value : table.England.Value?.Value) ?? HubFormat.NotAvailable, "z", "z", "z"]);
        return csv;
    }

    public static CsvTable Neighbours(EnglandTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new CsvTable(["time_period", "member_new_la_code", "member_la_name", "neighbour_rank", "neighbour_new_la_code", "neighbour_la_name", "published_value", "compared_value", "neighbours_mean", "neighbours_with_value"]);
        foreach (var member in table.Members)
        {
            foreach (var neighbour in member.Neighbours)
            {
                csv.Row([
                    table.Period.Key, member.Member.Code, member.Member.Name, neighbour.Rank.ToString(CultureInfo.InvariantCulture), neighbour.Code, neighbour.Name,
                    neighbour.Value?.Value ?? HubFormat.NotAvailable, HubFormat.ForFile(neighbour.Compared, 1), HubFormat.ForFile(member.Mean.Mean, 1),
                    member.Mean.Reporting.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }

        return csv;
    }

    private static string Shared(EnglandRow row) => row.Shared is null ? HubFormat.NotAvailable : HubFormat.ForFile(row.Shared.Value, 1, row.Shared.Status);
}
