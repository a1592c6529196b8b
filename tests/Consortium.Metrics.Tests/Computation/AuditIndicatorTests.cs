using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// QA_AUDIT_GOOD and the grade distribution on hand-built case-file audits whose right answer is known, and how they
/// are disclosure-controlled.
/// </summary>
public sealed class AuditIndicatorTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Year2025 = ReportingPeriod.Year(2025);
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("suffolk");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private Task Build(Action<Casebook, CaseRecord> build) => _host.As(_tenant, async sp =>
    {
        var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
        build(book, book.Case(book.Child(), D(2024, 1, 10)));
        await book.SaveAsync();
    });

    private Task<Dictionary<IndicatorCode, Measure>> Measures(ReportingPeriod period) => _host.As(_tenant, async sp =>
        (await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), period, new ComputationSettings(5, 100_000, 90)))
            .ToDictionary(m => m.Indicator));

    private static (long?, long?) Fraction(Dictionary<IndicatorCode, Measure> measures, IndicatorCode code) =>
        (measures[code].Numerator, measures[code].Denominator);

    [Fact]
    public async Task Good_or_better_takes_the_moderators_grade_over_the_auditors_and_counts_only_completed_audits()
    {
        await Build((b, c) =>
        {
            b.Audit(c, D(2025, 5, 1), D(2025, 5, 20), grade: 1);
            b.Audit(c, D(2025, 5, 1), D(2025, 5, 21), grade: 2);
            b.Audit(c, D(2025, 5, 1), D(2025, 5, 22), grade: 2, moderated: 3);
            b.Audit(c, D(2025, 6, 1), D(2025, 6, 20), grade: 4, moderated: 2);
            b.Audit(c, D(2025, 6, 1), D(2025, 6, 21), grade: 3);
            b.Audit(c, D(2025, 6, 1), D(2025, 6, 22), grade: 4, moderated: 4);
            b.Audit(c, D(2025, 6, 1), completedOn: null, grade: null);
            b.Audit(c, D(2025, 7, 1), completedOn: null, grade: null);
        });

        var measures = await Measures(Year2025);

        Assert.Equal((3L, 6L), Fraction(measures, IndicatorCode.QA_AUDIT_GOOD));
        Assert.Equal(
            [(1L, 6L), (2L, 6L), (2L, 6L), (1L, 6L)],
            IndicatorCatalogue.AuditGrades.Select(g => ((long)measures[g].Numerator!, (long)measures[g].Denominator!)));
    }

    [Fact]
    public async Task An_audit_counts_in_the_period_it_was_completed_not_the_month_it_was_drawn_for()
    {
        await Build((b, c) =>
        {
            b.Audit(c, D(2025, 3, 1), D(2025, 3, 31), grade: 1);
            b.Audit(c, D(2025, 3, 1), D(2025, 4, 1), grade: 2);
            b.Audit(c, D(2025, 4, 1), D(2025, 4, 30), grade: 3);
            b.Audit(c, D(2026, 3, 1), D(2026, 3, 31), grade: 4);
            b.Audit(c, D(2026, 3, 1), D(2026, 4, 1), grade: 1);
        });

        Assert.Equal((1L, 3L), Fraction(await Measures(Year2025), IndicatorCode.QA_AUDIT_GOOD));
        Assert.Equal((1L, 2L), Fraction(await Measures(ReportingPeriod.MonthOf(D(2025, 4, 1))), IndicatorCode.QA_AUDIT_GOOD));
        Assert.Equal((1L, 1L), Fraction(await Measures(ReportingPeriod.MonthOf(D(2026, 3, 1))), IndicatorCode.QA_AUDIT_GRADE4));
        Assert.Equal((0L, 0L), Fraction(await Measures(ReportingPeriod.MonthOf(D(2025, 5, 1))), IndicatorCode.QA_AUDIT_GOOD));
    }

    [Fact]
    public void The_audit_indicators_are_percentages_of_the_audits_completed_new_in_catalogue_version_2()
    {
        var audits = new[] { IndicatorCode.QA_AUDIT_GOOD }.Concat(IndicatorCatalogue.AuditGrades).Select(IndicatorCatalogue.Get).ToList();

        Assert.True(IndicatorCatalogue.Version >= 2);
        Assert.All(audits, d =>
        {
            Assert.Equal((IndicatorGroup.Quality, IndicatorUnit.Percent, 2, true), (d.Group, d.Unit, d.IntroducedInVersion, d.AddsUpOverPeriods));
            Assert.Equal(audits[0].Denominator, d.Denominator);
        });
        Assert.All(IndicatorCatalogue.All.Except(audits).Where(d => d.IntroducedInVersion < 3), d => Assert.Equal(1, d.IntroducedInVersion));
    }

    [Fact]
    public void Small_grade_counts_and_their_complements_are_suppressed_primarily()
    {
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.QA_AUDIT_GRADE1, 3, 40), 5, 100_000).Status);
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.QA_AUDIT_GOOD, 36, 40), 5, 100_000).Status);
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.QA_AUDIT_GRADE4, 0, 4), 5, 100_000).Status);
        var published = DisclosureControl.Apply(Measure.Fraction(IndicatorCode.QA_AUDIT_GOOD, 22, 40), 5, 100_000);
        Assert.Equal((ValueStatus.Available, 55.0m, 22L, 40L), (published.Status, published.Value, published.Numerator, published.Denominator));
    }

    [Fact]
    public void The_grades_add_up_to_the_audits_completed_and_good_or_better_to_grades_1_and_2()
    {
        var month = ReportingPeriod.MonthOf(D(2025, 5, 1));
        var quantities = Quantities(month, good: 20, grades: [6, 14, 12, 8]);
        var identities = LinkedIdentities.Among([month]);

        var grades = IndicatorCatalogue.AuditGrades.Select(g => Numerator(month, g)).ToList();
        var completed = identities.Where(i => i.Terms.Select(t => t.Quantity).ToHashSet().SetEquals(grades.Append(Denominator(month)))).ToList();
        var good = identities.Where(i => i.Terms.Select(t => t.Quantity).ToHashSet().SetEquals([Numerator(month, IndicatorCode.QA_AUDIT_GOOD), grades[0], grades[1]])).ToList();

        Assert.True(completed.Count == 1 && completed[0].HoldsFor(quantities), "the grades add up to the audits completed");
        Assert.True(good.Count == 1 && good[0].HoldsFor(quantities), "good or better is grades 1 and 2");
        Assert.False(good[0].HoldsFor(Quantities(month, good: 21, grades: [6, 14, 12, 8])));
    }

    [Fact]
    public void A_small_grade_is_kept_hidden_against_its_linked_grades_good_or_better_and_the_audits_completed()
    {
        // Grade 1 is 2: hiding it alone, good or better (2 + 14 = 16) less grade 2 (14) would give it away, and so would
        // the audits completed (40) less grades 2 to 4; the method hides more until nothing narrows it.
        var month = ReportingPeriod.MonthOf(D(2025, 5, 1));
        var truth = Quantities(month, good: 16, grades: [2, 14, 16, 8]);
        var identities = LinkedIdentities.Among([month]);

        var result = LinkedSuppression.Apply(truth, new Dictionary<Quantity, long>(), identities, 5);
        var published = truth.Where(t => !result.Hidden.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value);

        Assert.Contains(Numerator(month, IndicatorCode.QA_AUDIT_GRADE1), result.Hidden);
        Assert.True(result.Hidden.Count > 2, string.Join(", ", result.Hidden));
        Assert.Empty(DisclosureAudit.Exposed(published, identities, 5, result.Hidden));
        var attacker = IntervalSolver.Solve(published, identities)!;
        Assert.False(DisclosureAudit.Narrow(attacker[Numerator(month, IndicatorCode.QA_AUDIT_GRADE1)], 5));
    }

    private static Quantity Numerator(ReportingPeriod period, IndicatorCode code) => new(period, IndicatorCatalogue.Get(code).Numerator!);

    private static Quantity Denominator(ReportingPeriod period) => new(period, IndicatorCatalogue.Get(IndicatorCode.QA_AUDIT_GOOD).Denominator!);

    /// <summary>The true quantities of the audit indicators of one period (and nothing else).</summary>
    private static Dictionary<Quantity, long> Quantities(ReportingPeriod period, long good, long[] grades)
    {
        var total = grades.Sum();
        var measures = IndicatorCatalogue.AuditGrades.Select((code, i) => Measure.Fraction(code, grades[i], total))
            .Prepend(Measure.Fraction(IndicatorCode.QA_AUDIT_GOOD, good, total));
        return TrueQuantities.Of(period, measures).DistinctBy(q => q.Quantity).ToDictionary(q => q.Quantity, q => q.Value);
    }
}
