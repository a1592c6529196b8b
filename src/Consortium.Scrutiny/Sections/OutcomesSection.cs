using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Outcomes for children: the authority's own indicators for the period and the period before, computed now by the
/// metrics service and printed after disclosure control; for the indicators where lower or higher is better, the
/// evaluation library's sentence on this period's parts against the period before's.
/// </summary>
public sealed class OutcomesSection(AuthorityIndicators indicators)
{
    /// <summary>The indicators the report evaluates and judges: those of children in need and protection where a direction is better.</summary>
    public static IReadOnlyList<IndicatorDefinition> Evaluated { get; } =
        [.. IndicatorCatalogue.All.Where(d => d.Group == IndicatorGroup.ChildrenInNeedAndProtection && d.Polarity != Polarity.None)];

    public async Task<(ReportSection Section, IReadOnlyDictionary<IndicatorCode, IndicatorValue> Now)> BuildAsync(ReportingPeriod period, DateOnly today, RagRules rules, CancellationToken cancellationToken)
    {
        var previous = period.Previous();
        var now = await SharedAsync(period, cancellationToken);
        var before = await SharedAsync(previous, cancellationToken);
        var partsNow = await PartsAsync(period, today, cancellationToken);
        var partsBefore = await PartsAsync(previous, today, cancellationToken);
        var comparisons = Evaluated
            .Select(d => OutcomeComparison.Of(d, previous, Values(partsBefore, d.Code), period, Values(partsNow, d.Code)))
            .ToList();
        var parts = partsBefore.Concat(partsNow).ToList();
        var partLabels = parts.Select(p => p.Part.Key).ToList();
        var byPart = new ReportTable(
            $"The evaluated indicators, {(period.Kind == PeriodKind.ReportingYear ? "quarter" : "month")} by {(period.Kind == PeriodKind.ReportingYear ? "quarter" : "month")}",
            ["Indicator", .. partLabels],
            [.. Evaluated.Select(d => (IReadOnlyList<string>)[d.Name, .. parts.Select(p => Text(p.Values, d.Code))])]);
        var charts = Evaluated.Select(d => new ReportChart(
            $"{d.Name}, {previous.Label} and {period.Label}",
            $"A line chart of {d.Name.ToLowerInvariant()} for each part of {previous.Label} and {period.Label}, as in the table before it; a suppressed or missing value breaks the line.",
            partLabels,
            [new ChartSeries(d.Name, [.. parts.Select(p => p.Values.TryGetValue(d.Code, out var v) ? PublishedValue.Number(v) : null)])])).ToList();

        var shown = IndicatorCatalogue.All.Where(d => d.Group is IndicatorGroup.ChildrenInNeedAndProtection or IndicatorGroup.SignsOfSafetyPractice).ToList();
        var table = new ReportTable(
            $"The authority's indicators, {period.Label} and {previous.Label}",
            ["Indicator", period.Label, previous.Label],
            [.. shown.Select(d => (IReadOnlyList<string>)[d.Name, Text(now, d.Code), Text(before, d.Code)])]);
        List<string> paragraphs =
        [
            $"Figures are worked out from the authority's case records on the day the report is made. Figures from 1 to the authority's suppression threshold, " +
            "and anything built on them, are shown as c, because the committee's papers are published; z means not applicable and x not recorded by the product yet." +
            (period.IsCompleteOn(today) ? "" : $" {period.Label} has not ended yet, so its figures are incomplete."),
            $"Each evaluated indicator compares the {(period.Kind == PeriodKind.ReportingYear ? "quarters" : "months")} of {period.Label} with those of {previous.Label}, " +
            "using only figures that may be published; the 95% interval says how sure that comparison is, and a change is called clear only when the interval excludes no change. " +
            "The comparison does not say why a figure moved; a comparison with statistical neighbours and the programme's timeline are in the authority's evaluation.",
            .. comparisons.Select(c => c.Sentence),
        ];
        var judgement = rules.Outcomes(
            [.. comparisons.Where(c => c.ClearlyBetter).Select(c => c.Indicator.Name)],
            [.. comparisons.Where(c => c.ClearlyWorse).Select(c => c.Indicator.Name)],
            comparisons.Count(c => c.Compared));
        return (new ReportSection("outcomes", "Outcomes for children", paragraphs, [table, byPart], judgement) { Charts = charts }, now);
    }

    private async Task<IReadOnlyDictionary<IndicatorCode, IndicatorValue>> SharedAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await indicators.ForAsync(period, cancellationToken)).ToDictionary(i => i.Measure.Indicator, i => i.Shared);

    /// <summary>The quarters of a year or the months of a quarter (a month has none), as far as they have begun.</summary>
    private async Task<List<(ReportingPeriod Part, IReadOnlyDictionary<IndicatorCode, IndicatorValue> Values)>> PartsAsync(ReportingPeriod period, DateOnly today, CancellationToken cancellationToken)
    {
        var (kind, count) = period.Kind switch
        {
            PeriodKind.ReportingYear => (PeriodKind.Quarter, 4),
            PeriodKind.Quarter => (PeriodKind.Month, 3),
            _ => (PeriodKind.Month, 0),
        };
        var parts = new List<(ReportingPeriod Part, IReadOnlyDictionary<IndicatorCode, IndicatorValue> Values)>();
        var part = ReportingPeriod.Containing(kind, period.Start);
        for (var i = 0; i < count && part.Start <= today; i++, part = part.Next())
        {
            parts.Add((part, await SharedAsync(part, cancellationToken)));
        }

        return parts;
    }

    private static double[] Values(List<(ReportingPeriod Part, IReadOnlyDictionary<IndicatorCode, IndicatorValue> Values)> parts, IndicatorCode code) =>
        [.. parts.Select(p => p.Values.TryGetValue(code, out var v) ? PublishedValue.Number(v) : null).OfType<double>()];

    private static string Text(IReadOnlyDictionary<IndicatorCode, IndicatorValue> values, IndicatorCode code) =>
        values.TryGetValue(code, out var v) ? PublishedValue.Text(v) : "x";
}
