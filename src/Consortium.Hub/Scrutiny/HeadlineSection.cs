using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.England;
using Consortium.Reports;

namespace Consortium.Hub.Scrutiny;

/// <summary>
/// Each member's headline indicators for the year: the figure it shared with the hub, the Department's published figure
/// for the same year, the mean of its ten statistical neighbours (published) and England's. Counts are compared as rates
/// per 10,000 children, as the England comparison does.
/// </summary>
public sealed class HeadlineSection(EnglandComparison england, SharedMemberFigures shared, AuthorityRegistry authorities)
{
    public static IReadOnlyList<IndicatorCode> Headlines { get; } =
        [IndicatorCode.REF, IndicatorCode.REREF12, IndicatorCode.CPP_START, IndicatorCode.CPP_REPEAT, IndicatorCode.CIN_OPEN];

    public async Task<ConsortiumReportSection> BuildAsync(ReportingPeriod year, CancellationToken cancellationToken)
    {
        var members = authorities.All.Where(a => a.IsConsortiumMember).ToList();
        var values = await shared.ForAsync(year, Headlines, cancellationToken);
        var tables = new List<ReportTable>();
        var published = 0;
        foreach (var code in Headlines)
        {
            var indicator = IndicatorCatalogue.Get(code);
            var table = await england.CompareAsync(code, year, cancellationToken);
            published += table?.England.Value?.Number is null ? 0 : 1;
            tables.Add(new ReportTable(
                $"{indicator.Name}{(indicator.HasRate ? " (rate per 10,000 children)" : "")}, {year.Label}",
                ["Authority", "Shared with the hub", "Published by the Department", "Statistical neighbours' mean (published)", "England (published)"],
                [.. members.Select(m => (IReadOnlyList<string>)[
                    m.Name,
                    Shared(indicator, values.GetValueOrDefault((m.Code, code))),
                    Published(indicator, table?.Rows.FirstOrDefault(r => r.IsMember && r.Code == m.Code)),
                    Neighbours(indicator, table?.Members.FirstOrDefault(n => n.Member.Code == m.Code)?.Mean),
                    Area(indicator, table?.England)])]));
        }

        var sharedCount = members.Count(m => Headlines.Any(c => values.ContainsKey((m.Code, c))));
        var paragraphs = new List<string>
        {
            $"{sharedCount} of the {members.Count} members shared headline figures for {year.Label}. A member's shared figure is computed from its own records by the consortium's definitions; " +
            "the Department's published figure for the same year can differ where the definitions differ (for example, the Department counts a repeat plan after a plan with any authority).",
            published == Headlines.Count
                ? $"The Department's figures for the year ending 31 March {year.Start.Year + 1} are published, with each member's ten statistical neighbours and England."
                : $"The Department has not published every figure for the year ending 31 March {year.Start.Year + 1}: a figure it has not published shows x.",
        };
        return new ConsortiumReportSection("headlines", "Each member's headline indicators, with neighbours and England", paragraphs, tables, []);
    }

    private static string Shared(IndicatorDefinition indicator, StoredIndicatorValue? value) =>
        value is null ? HubFormat.NotAvailable
        : indicator.HasRate ? HubFormat.OneDecimal(value.RatePer10000, value.Status)
        : HubFormat.ForDisplay(indicator, value.Value, value.Status);

    private static string Published(IndicatorDefinition indicator, EnglandRow? row) =>
        row?.Published is not { } value ? HubFormat.NotAvailable
        : row.Compared is { } number ? Number(indicator, number)
        : (indicator.HasRate ? row.PublishedRate?.Value : null) ?? value.Value;

    private static string Neighbours(IndicatorDefinition indicator, GroupMean? mean) =>
        mean?.Mean is { } number ? $"{Number(indicator, number)} ({mean.Reporting} of {mean.OutOf})" : HubFormat.NotAvailable;

    private static string Area(IndicatorDefinition indicator, AreaFigure? area)
    {
        var figure = indicator.HasRate ? area?.Rate : area?.Value;
        return figure is null ? HubFormat.NotAvailable : figure.Number is { } number ? Number(indicator, number) : figure.Value;
    }

    private static string Number(IndicatorDefinition indicator, decimal number) =>
        indicator.HasRate ? HubFormat.OneDecimal(number) : HubFormat.ForDisplay(indicator, number);
}
