using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Families' and children's voice, from what the product records: the family feedback taken with case-file audits
/// (three 0-10 items; the family's own words are left out, as they may name people) and the direct work with children
/// the indicators count, and the families' goals met at closure and the child's own view (SOS_GOALS, SOS_CHILD_VIEW) as
/// the authority's disclosure control leaves them.
/// </summary>
public sealed class VoiceSection(PracticeDbContext db)
{

    public async Task<ReportSection> BuildAsync(ReportingPeriod period, IReadOnlyDictionary<IndicatorCode, IndicatorValue> indicators, RagRules rules, CancellationToken cancellationToken)
    {
        var audits = QualitySection.CompletedIn(db, period);
        var completed = await audits.CountAsync(cancellationToken);
        var asked = audits.Where(a => a.FamilyAsked);
        var answers = await asked.Select(a => new { a.FamilyExplained, a.FamilyListened, a.FamilyPlanSafe }).ToListAsync(cancellationToken);

        var rows = new List<IReadOnlyList<string>>
        {
            Item("The worker explained the worries", answers.Select(a => a.FamilyExplained)),
            Item("The family felt listened to", answers.Select(a => a.FamilyListened)),
            Item("The plan keeps the children safe", answers.Select(a => a.FamilyPlanSafe)),
        };
        var paragraphs = new List<string>
        {
            completed == 0
                ? $"No case-file audit was completed in {period.Label}, so no family was asked for its views through one."
                : $"The family was asked for its views in {QualitySection.N(answers.Count)} of the {QualitySection.N(completed)} case-file audits completed in {period.Label} " +
                  $"({QualitySection.Share(answers.Count, completed)}); each item is rated from 0 (not at all) to 10 (completely).",
            $"At the end of the period, {Indicator(indicators, IndicatorCode.SOS_VOICE)} of open cases had direct work with the child recorded (Three Houses, Wizards and Fairies or Safety House) " +
            $"and {Indicator(indicators, IndicatorCode.SOS_WORDS)} a Words and Pictures explanation.",
            $"Of the family goals rated at closure in {period.Label}, {Indicator(indicators, IndicatorCode.SOS_GOALS)} were rated at or above the authority's threshold " +
            "(the family's own rating of how far the goal was met, 0 to 10).",
            $"Of the children asked in direct work in {period.Label} whether the plan makes them feel safe, {Indicator(indicators, IndicatorCode.SOS_CHILD_VIEW)} said yes.",
        };
        var table = new ReportTable("Families' ratings in case-file audits", ["Item", "Families answering", "Average rating (0-10)"], rows);
        return new ReportSection("voice", "Families' and children's voice", paragraphs, answers.Count == 0 ? [] : [table], rules.Voice(completed, answers.Count));
    }

    private static IReadOnlyList<string> Item(string name, IEnumerable<int?> ratings)
    {
        var given = ratings.OfType<int>().ToList();
        return [name, QualitySection.N(given.Count), given.Count == 0 ? "" : given.Average().ToString("0.0", CultureInfo.InvariantCulture)];
    }

    private static string Indicator(IReadOnlyDictionary<IndicatorCode, IndicatorValue> indicators, IndicatorCode code) =>
        indicators.TryGetValue(code, out var value) ? PublishedValue.Text(value) : "x";
}
