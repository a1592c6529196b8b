using Consortium.Contracts;
using Consortium.Practice.Outcomes;
using Consortium.Scrutiny.Board;
using Consortium.Scrutiny.Sections;
using Consortium.Tenancy;

namespace Consortium.Scrutiny;

/// <summary>
/// Builds the scrutiny committee's report for the current authority and a reporting year or quarter that has begun:
/// the four intentions in turn (policy and the self-assessment of implementation, quality assurance, workforce, outcomes), families' and children's voice, and
/// each section's red, amber or green judgement with its reason and rule.
/// </summary>
public sealed class ScrutinyReports(
    ITenantContextAccessor tenants,
    PolicySection policy,
    ImplementationSection implementation,
    QualitySection quality,
    WorkforceSection workforce,
    OutcomesSection outcomes,
    VoiceSection voice,
    BoardJudgements board,
    TimeProvider clock)
{
    public const string PeriodField = "period";

    public async Task<Outcome<ScrutinyReport>> BuildAsync(string? periodKey, RagRules? rules = null, CancellationToken cancellationToken = default)
    {
        var tenant = tenants.Current ?? throw new InvalidOperationException("A scrutiny report is made for one authority at a time.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!ReportingPeriod.TryParse(periodKey, out var period) || period.Kind == PeriodKind.Month)
        {
            return new Failure.Invalid(PeriodField, "Select a reporting year or quarter from the list");
        }

        if (period.Start > today)
        {
            return new Failure.Invalid(PeriodField, "The period must have begun");
        }

        rules ??= RagRules.Default;
        var (outcomeSection, indicators) = await outcomes.BuildAsync(period, today, rules, cancellationToken);
        var sections = new List<ReportSection>
        {
            await policy.BuildAsync(period, rules, cancellationToken),
            await implementation.BuildAsync(period, cancellationToken),
            await quality.BuildAsync(period, rules, cancellationToken),
            await workforce.BuildAsync(period, today, rules, cancellationToken),
            outcomeSection,
            await voice.BuildAsync(period, indicators, rules, cancellationToken),
        };
        var judged = BoardJudgements.Apply(sections, await board.ForAsync(period, cancellationToken));
        return new ScrutinyReport(tenant.Name, period, today, [.. judged, Judgements(judged)]);
    }

    /// <summary>The periods a report can be made for on a day: the last five reporting years and the last four quarters.</summary>
    public static IReadOnlyList<ReportingPeriod> Choices(DateOnly today)
    {
        var year = ReportingPeriod.YearOf(today);
        return [.. Enumerable.Range(0, 5).Select(back => ReportingPeriod.Year(year.ReportingYear - back))
            .Concat(Enumerable.Range(0, 4).Select(back => ReportingPeriod.QuarterOf(today.AddMonths(-3 * back))))];
    }

    private static ReportSection Judgements(IReadOnlyList<ReportSection> sections)
    {
        var judged = sections.Select(s => s.Judgement).OfType<Judgement>().ToList();
        return new ReportSection(
            "judgements",
            "Red, amber and green judgements",
            ["Each judgement follows from the section's figures by the rule beside it. The rules are the consortium's defaults; " +
             "where the programme board judged a section differently for the period, its judgement and its note stand beside the rule's, with who recorded them."],
            [new ReportTable("Judgements, with the reason and the rule for each", ["Intention", "Judgement", "Reason", "Rule", "The board's judgement", "The board's note"],
                [.. judged.Select(j => (IReadOnlyList<string>)[j.Intention, j.RatingText, j.Reason, j.Rule, j.Board is null ? "-" : j.FinalText, j.BoardSentence ?? "-"])])]);
    }
}
