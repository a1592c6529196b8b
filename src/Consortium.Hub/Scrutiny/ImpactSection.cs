using System.Globalization;
using Consortium.Hub.Authorities;
using Consortium.Hub.Evaluation;
using Consortium.Hub.Programme;
using Consortium.Hub.Published;
using Consortium.Reports;

namespace Consortium.Hub.Scrutiny;

/// <summary>
/// Outcomes: the consortium against the comparison authorities on the Department's published figures, as the impact
/// page computes it (<see cref="ConsortiumImpact"/>), with each indicator's sentence, its yearly means as a table and a
/// chart, and the members' programme timelines as they shared them.
/// </summary>
public sealed class ImpactSection(PublishedFigures published, AuthorityRegistry authorities, TimelineIngestor timelines)
{
    public async Task<ConsortiumReportSection> BuildAsync(CancellationToken cancellationToken)
    {
        var set = await published.CurrentAsync(cancellationToken);
        var members = authorities.All.Where(a => a.IsConsortiumMember).ToList();
        var codes = members.Select(m => m.Code).ToList();
        var comparisonCount = ConsortiumImpact.ComparisonGroup(set, codes).Count;
        var comparisons = ConsortiumImpact.Indicators.Select(i => ConsortiumImpact.Compare(set, codes, i)).ToList();
        var held = await timelines.HeldAsync(cancellationToken);

        var paragraphs = new List<string>
        {
            $"The {members.Count} members against the {comparisonCount} authorities that are statistical neighbours of a member and not members themselves, on the Department's published figures. " +
            $"Each authority counts equally. Before is the years ending 31 March {ConsortiumImpact.DefaultBefore}; after is {ConsortiumImpact.DefaultAfter}. " +
            "An authority with no value in a window is left out of that window. The 95% interval comes from resampling the comparison authorities 2,000 times.",
        };
        paragraphs.AddRange(comparisons.Select(c => $"{c.Indicator.Label}: {c.Result.Sentence}"));
        paragraphs.Add($"{held.Count(t => codes.Contains(t.Key))} of the {members.Count} members have shared their programme timeline; each member's own evaluation measures from the date it introduced the practice model.");

        var tables = new List<ReportTable>
        {
            new("The consortium against comparison authorities: difference in differences",
                ["Indicator", "Difference in differences", "95% interval", "Left out for want of a value"],
                [.. comparisons.Select(c => (IReadOnlyList<string>)[
                    c.Indicator.Label,
                    c.Result.Estimate?.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) ?? "Not estimated",
                    c.Result.Interval is { } ci ? string.Create(CultureInfo.InvariantCulture, $"{ci.Lower:0.00} to {ci.Upper:0.00}") : "None",
                    $"Members: {c.Result.Treated.LeftOutBefore} before, {c.Result.Treated.LeftOutAfter} after. Comparison: {c.Result.Comparison.LeftOutBefore} before, {c.Result.Comparison.LeftOutAfter} after."])]),
        };
        tables.AddRange(comparisons.Select(c => new ReportTable(
            $"{c.Indicator.Label}: means by year ending 31 March",
            ["Year ending 31 March", "Members' mean", "Members with a value", "Comparison mean", "Comparison authorities with a value"],
            [.. c.Years.Select(y => (IReadOnlyList<string>)[
                y.Year.ToString(CultureInfo.InvariantCulture), Mean(y.Members), N(y.MembersWithValue), Mean(y.Comparison), N(y.ComparisonWithValue)])])));
        tables.Add(new ReportTable("Programme timelines shared by the members", ["Authority", "Practice model introduced", "Baseline"],
            [.. members.Select(m => held.GetValueOrDefault(m.Code) is { } t
                ? (IReadOnlyList<string>)[m.Name, ConsortiumReport.Day(t.IntroducedOn), $"{ConsortiumReport.Day(t.BaselineFrom)} to {ConsortiumReport.Day(t.BaselineTo)}"]
                : [m.Name, "Not shared yet", "Not shared yet"])]));

        var charts = comparisons.Select(c => new ReportChart(
            $"{c.Indicator.Label}: members and comparison authorities, by year",
            $"The mean of the members and the mean of the {comparisonCount} comparison authorities for each year ending 31 March; the table gives the values.",
            [.. c.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))],
            [new ChartSeries("Consortium members", [.. c.Years.Select(y => y.Members)]), new ChartSeries("Comparison authorities", [.. c.Years.Select(y => y.Comparison)])])).ToList();

        return new ConsortiumReportSection("outcomes", "Outcomes: the consortium against comparison authorities", paragraphs, tables, charts);
    }

    private static string Mean(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "x";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
