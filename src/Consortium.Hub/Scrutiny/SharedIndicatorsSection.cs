using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Reports;

namespace Consortium.Hub.Scrutiny;

/// <summary>
/// A section of indicators only the members themselves measure (audit grades, families' goals, children's views): each
/// member's shared figure with the count it rests on, the symbol where it has no number, and the members' figures pooled
/// where their counts were shared. A suppressed figure is never worked out from the others.
/// </summary>
public sealed class SharedIndicatorsSection(SharedMemberFigures shared, AuthorityRegistry authorities)
{
    public static IReadOnlyList<IndicatorCode> Quality { get; } = [IndicatorCode.QA_AUDIT_GOOD];

    public static IReadOnlyList<IndicatorCode> Voice { get; } = [IndicatorCode.SOS_GOALS, IndicatorCode.SOS_CHILD_VIEW];

    public Task<ConsortiumReportSection> QualityAsync(ReportingPeriod year, CancellationToken cancellationToken) =>
        BuildAsync("quality", "Quality assurance: case-file audits across the members", year, Quality,
            "Each member audits its own case files against its own framework and shares the share graded good or better; the Department publishes no audit grades.", cancellationToken);

    public Task<ConsortiumReportSection> VoiceAsync(ReportingPeriod year, CancellationToken cancellationToken) =>
        BuildAsync("voice", "Families' and children's voice", year, Voice,
            "Where members shared them: the family goals rated at or above the member's threshold at closure, and the children asked in direct work who said the plan makes them feel safe.", cancellationToken);

    private async Task<ConsortiumReportSection> BuildAsync(string key, string heading, ReportingPeriod year, IReadOnlyList<IndicatorCode> codes, string about, CancellationToken cancellationToken)
    {
        var members = authorities.All.Where(a => a.IsConsortiumMember).ToList();
        var values = await shared.ForAsync(year, codes, cancellationToken);
        var paragraphs = new List<string> { about };
        var tables = new List<ReportTable>();
        foreach (var code in codes)
        {
            var indicator = IndicatorCatalogue.Get(code);
            var rows = members.Select(m => (Member: m, Value: values.GetValueOrDefault((m.Code, code)))).ToList();
            var available = rows.Where(r => r.Value is { Status: ValueStatus.Available, Numerator: not null, Denominator: > 0 }).ToList();
            var suppressed = rows.Count(r => r.Value?.Status == ValueStatus.Suppressed);
            var sharing = rows.Count(r => r.Value is not null);
            long part = available.Sum(r => r.Value!.Numerator!.Value);
            long whole = available.Sum(r => r.Value!.Denominator!.Value);
            paragraphs.Add(
                $"{indicator.Name}: {sharing} of the {members.Count} members shared a figure for {year.Label}" +
                (suppressed == 0 ? "" : $", {suppressed} of them suppressed (shown c) because the numbers were small enough to risk identifying someone") + ". " +
                (whole == 0
                    ? "No member's counts were shared, so there is no consortium figure."
                    : $"Across the {available.Count} member{(available.Count == 1 ? "" : "s")} whose counts were shared, {HubFormat.Whole(part)} of {HubFormat.Whole(whole)} ({HubFormat.ForDisplay(indicator, 100m * part / whole)})."));
            tables.Add(new ReportTable($"{indicator.Name}, {year.Label}", ["Authority", indicator.Name, "Out of"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Member.Name, Value(indicator, r.Value), Count(r.Value)])]));
        }

        return new ConsortiumReportSection(key, heading, paragraphs, tables, []);
    }

    private static string Value(IndicatorDefinition indicator, StoredIndicatorValue? value) =>
        value is null ? HubFormat.NotAvailable : HubFormat.ForDisplay(indicator, value.Value, value.Status);

    private static string Count(StoredIndicatorValue? value) =>
        value is null ? HubFormat.NotAvailable
        : value.Denominator is { } denominator ? HubFormat.Whole(denominator)
        : HubFormat.Symbol(value.Status == ValueStatus.Available ? null : value.Status);
}
