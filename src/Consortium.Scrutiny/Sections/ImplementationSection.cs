using System.Globalization;
using Consortium.Contracts;
using Consortium.Practice.SelfAssessment;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Implementation: the authority's own quarterly rating of its implementation (0-10 per element), the latest quarter rated
/// by the period's end against the quarter rated before it, with the start of each element's evidence. Not judged: the
/// ratings are the authority's own judgement already.
/// </summary>
public sealed class ImplementationSection(SelfAssessmentService assessments)
{
    public const string Key = "implementation";
    public const string Heading = "Implementation: the authority's self-assessment";

    public async Task<ReportSection> BuildAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        From(await assessments.HistoryAsync(cancellationToken), period);

    public static ReportSection From(IReadOnlyList<SelfAssessmentQuarter> history, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var rated = history.Where(q => q.QuarterStart <= period.End).OrderByDescending(q => q.QuarterStart).Take(2).ToList();
        if (rated.Count == 0)
        {
            return new ReportSection(Key, Heading, [$"The authority has not rated its implementation for any quarter up to the end of {period.Label}."], []);
        }

        var latest = rated[0];
        var before = rated.ElementAtOrDefault(1);
        var latestKey = ReportingQuarter.Key(latest.QuarterStart);
        var rows = ImplementationElements.All.Select(element =>
        {
            var now = latest.Ratings.FirstOrDefault(r => r.Element == element);
            var then = before?.Ratings.FirstOrDefault(r => r.Element == element);
            return (IReadOnlyList<string>)
            [
                ImplementationElements.Name(element),
                Number(now?.Rating),
                Number(then?.Rating),
                now is null || then is null ? "-" : (now.Rating - then.Rating).ToString("+0;-0;0", CultureInfo.InvariantCulture),
                FirstSentence(now?.Evidence ?? ""),
            ];
        });
        var paragraphs = new List<string>
        {
            $"The authority last rated its implementation for {latestKey}, from 0 (not started) to 10 (fully embedded) on each element, with its evidence. " +
            (before is null ? "It had not rated an earlier quarter." : $"The change is against {ReportingQuarter.Key(before.QuarterStart)}, the quarter rated before it."),
            "The evidence is the authority's own words, cut to their first sentence; the full evidence is in the self-assessment.",
        };
        var table = new ReportTable(
            $"Self-assessment of implementation, {latestKey}",
            ["Element", latestKey, before is null ? "Quarter before" : ReportingQuarter.Key(before.QuarterStart), "Change", "Evidence (first sentence)"],
            [.. rows]);
        return new ReportSection(Key, Heading, paragraphs, [table]);
    }

    private const int EvidenceLength = 200;

    private static string Number(int? rating) => rating?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string FirstSentence(string evidence)
    {
        var text = evidence.Trim();
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0)
        {
            text = text[..(stop + 1)];
        }

        return text.Length > EvidenceLength ? text[..EvidenceLength] + "…" : text;
    }
}
