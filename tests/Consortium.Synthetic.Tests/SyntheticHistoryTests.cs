using Consortium.Practice.Audits;
using Consortium.Practice.Calendar;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Synthetic.Tests;

public sealed class SyntheticHistoryTests : IAsyncLifetime
{
    private readonly SyntheticTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public void The_generator_makes_siblings_factors_and_plan_meetings_deterministically_and_within_the_rules()
    {
        var today = new DateOnly(2026, 11, 27);
        var first = SyntheticCaseload.Generate(7, 3000, today, 800).ToList();
        var again = SyntheticCaseload.Generate(7, 3000, today, 800).ToList();

        Assert.Equal(3000, first.Sum(c => c.Children));
        Assert.Equal(first.Select(Fingerprint), again.Select(Fingerprint));
        Assert.Contains(first, c => c.Siblings.Count > 0);
        Assert.Contains(first, c => c.Referral.DisabilityCodes!.Contains("NONE"));
        Assert.Contains(first, c => c.Referral.DisabilityCodes is { Count: 1 } codes && codes[0] != "NONE");
        Assert.All(first, synthetic =>
        {
            var record = new CaseRecord { Id = Guid.NewGuid(), ReferralDate = synthetic.Referral.ReferralDate!.Value };
            foreach (var move in synthetic.Moves)
            {
                Assert.Empty(StageRules.Check(record, move, today));
                StageRules.Apply(record, move, "generator", DateTimeOffset.UnixEpoch);
            }

            foreach (var meeting in synthetic.Meetings)
            {
                if (meeting.Review is { } review)
                {
                    Assert.Null(ProtectionPlanRules.CheckReview(record, review, today));
                    ProtectionPlanRules.ApplyReview(record, review, "generator", DateTimeOffset.UnixEpoch);
                }
                else
                {
                    Assert.Null(ProtectionPlanRules.CheckCoreGroup(record, meeting.HeldOn, today));
                    ProtectionPlanRules.ApplyCoreGroup(record, meeting.HeldOn, "generator", DateTimeOffset.UnixEpoch);
                }
            }

            if (synthetic.Closure is { } closure)
            {
                Assert.Empty(StageRules.Check(record, closure, today));
                StageRules.Apply(record, closure, "generator", DateTimeOffset.UnixEpoch);
            }

            Assert.All(synthetic.Siblings, s => Assert.Empty(s.Validate(today)));
        });

        // Reviews mostly on time under the default policy, some late.
        var dueDates = new CaseDueDates(new WorkingDayCalculator(BankHolidayCalendar.Load()));
        var reviews = first.Where(c => c.Meetings.Any(m => m.Review is not null)).Select(c =>
        {
            var record = new CaseRecord { ReferralDate = c.Referral.ReferralDate!.Value };
            foreach (var move in c.Moves)
            {
                StageRules.Apply(record, move, "generator", DateTimeOffset.UnixEpoch);
            }

            foreach (var meeting in c.Meetings)
            {
                _ = meeting.Review is { } review ? (object)ProtectionPlanRules.ApplyReview(record, review, "g", DateTimeOffset.UnixEpoch) : ProtectionPlanRules.ApplyCoreGroup(record, meeting.HeldOn, "g", DateTimeOffset.UnixEpoch);
            }

            return dueDates.ForPlan(record, new PracticePolicy()).Where(d => d.Label.Contains("review", StringComparison.OrdinalIgnoreCase) && d.Done is not null).ToList();
        }).SelectMany(d => d).ToList();
        Assert.InRange(reviews.Count(d => d.WasLate) / (double)reviews.Count, 0.05, 0.3);
        Assert.Contains(first, c => c.Meetings.Any(m => m.Review?.Outcome == ReviewOutcome.EndPlan));
        Assert.Contains(first, c => c.Moves.Any(m => m.AssessmentFactors is { Count: > 0 }));
    }

    [Fact]
    public void A_Norfolk_sized_history_has_about_as_many_episodes_and_plans_open_as_Norfolk_publishes()
    {
        // Norfolk 2025: 5,986 referrals, 536 plans starting, 454 plans and 4,643 children in need open at 31 March.
        var today = new DateOnly(2026, 11, 27);
        var cases = SyntheticCaseload.Generate(11, 6000 * 5, today, 5 * 365).ToList();
        var census = today.AddYears(-1);
        var stages = cases.Where(c => c.Referral.ReferralDate <= census).Select(c => StageOn(c, census)).ToList();
        var open = stages.Count(s => s != CaseStage.Closed);
        var plans = stages.Count(s => s == CaseStage.ChildProtectionPlan);
        var planStarts = cases.Count(c => c.Moves.Any(m => m.To == CaseStage.ChildProtectionPlan && m.EffectiveOn > census.AddYears(-1) && m.EffectiveOn <= census));

        Assert.InRange(open, 2_000, 5_500);
        Assert.InRange(plans, 250, 900);
        Assert.InRange(planStarts, 350, 900);
    }

    private static CaseStage StageOn(SyntheticCase c, DateOnly day)
    {
        var changes = c.Moves.Select(m => (m.EffectiveOn, m.To))
            .Concat(c.Meetings.Where(m => m.Review?.Then is not null).Select(m => (m.HeldOn, m.Review!.Then!.Value)))
            .Concat(c.Closure is { } closure ? [(closure.EffectiveOn, closure.To)] : [])
            .Where(change => change.Item1 <= day)
            .ToList();
        return changes.Count == 0 ? CaseStage.Referral : changes[^1].Item2;
    }

    [Fact]
    public async Task A_background_history_is_synthetic_on_synthetic_workers_only_with_groups_factors_and_plan_meetings()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var seeder = _host.Services.GetRequiredService<BulkSyntheticSeeder>();

        var written = await seeder.SeedAsync(brent, 600, 2, 11, shape: new BulkSeedShape(HistoryDays: 600, Background: true));

        Assert.Equal(986, written);
        await _host.As(brent, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            Assert.InRange(await db.Children.CountAsync(c => c.IsSynthetic && c.Reference.StartsWith("C-H")), written * 3 / 4, written - 1);
            Assert.True(await db.Cases.GroupBy(c => c.ChildId).CountAsync(g => g.Count() > 1) > 20, "some children are referred again");
            Assert.Equal(written, await db.Cases.CountAsync(c => c.IsSynthetic && c.Team == BulkSyntheticSeeder.HistoryTeam));
            Assert.Equal(0, await db.Cases.CountAsync(c => c.WorkerSubject == "brent-practitioner"));
            Assert.True(await db.Cases.CountAsync(c => c.SiblingGroupId != null) > 100);
            Assert.True(await db.Cases.CountAsync(c => c.AssessmentAuthorised != null && c.AssessmentFactors.Count == 0) == 0);
            Assert.True(await db.ReviewConferences.CountAsync() > 10);
            Assert.True(await db.CoreGroupMeetings.CountAsync() > 10);
            Assert.True(await db.Cases.MinAsync(c => c.ReferralDate) >= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-600));
            return 0;
        });
    }

    [Fact]
    public async Task A_historys_school_age_children_have_unique_pupil_numbers_of_the_census_form_and_younger_ones_the_reason_UN1()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(brent, 600, 2, 11, shape: new BulkSeedShape(HistoryDays: 600, Background: true));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _host.As(brent, async sp =>
        {
            var children = await sp.GetRequiredService<PracticeDbContext>().Children.AsNoTracking().ToListAsync();
            var schoolAge = children.Where(c => c.DateOfBirth is { } born && born.AddYears(5) <= today).ToList();
            Assert.NotEmpty(schoolAge);
            Assert.All(schoolAge, c => Assert.True(c.Upn is { } upn && Practice.Census.Upn.IsValid(upn) && upn[1..4] == brent.OldLaCode, $"{c.Upn} for a child born {c.DateOfBirth}"));
            Assert.Equal(schoolAge.Count, schoolAge.Select(c => c.Upn).Distinct().Count());
            Assert.All(children.Except(schoolAge), c => Assert.Equal((null, "UN1"), (c.Upn, c.UpnUnknown?.Code)));
            return 0;
        });
    }

    [Fact]
    public async Task A_history_has_completed_case_file_audits_in_proportion_to_its_referrals_graded_on_the_four_grades_some_moderated()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var written = await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(brent, 600, 2, 11, shape: new BulkSeedShape(HistoryDays: 600, Background: true));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _host.As(brent, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var audits = await db.CaseAudits.AsNoTracking().ToListAsync();
            var referred = await db.Cases.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ReferralDate);
            // One episode in ten: 6,000 referrals a year make about 50 audits a month.
            Assert.InRange(audits.Count, written * 6 / 100, written * 14 / 100);
            Assert.All(audits, a =>
            {
                Assert.True(a.Status != AuditStatus.Allocated && a.CompletedOn is { } on && on < today && on >= referred[a.CaseId].AddDays(14), $"{a.Status} {a.CompletedOn}");
                Assert.InRange(a.FinalGrade!.Value, 1, 4);
            });
            Assert.Equal([1, 2, 3, 4], audits.Select(a => a.FinalGrade!.Value).Distinct().Order());
            Assert.All(audits.Where(a => a.Grade == 4), a => Assert.NotNull(a.ModeratedGrade));
            Assert.Contains(audits, a => a.ModeratedGrade is { } m && m != a.Grade);
            Assert.Contains(audits, a => a.ModeratedGrade is null);
            Assert.InRange(audits.Count(a => a.FinalGrade <= 2) * 100 / audits.Count, 35, 85);
            return 0;
        });
    }

    [Fact]
    public async Task A_history_seeded_to_an_authoritys_published_rates_has_its_re_referrals_and_plan_starts()
    {
        var bristol = await _host.ProvisionedAsync("bristol");
        var seeder = _host.Services.GetRequiredService<BulkSyntheticSeeder>();
        var rates = new PublishedRates(ReReferralPercent: 26.3, PlanStartsPerHundredReferrals: 15.0);

        await seeder.SeedAsync(bristol, 1500, 2, 5, shape: new BulkSeedShape(HistoryDays: 730, Background: true, Rates: rates));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _host.As(bristol, async sp =>
        {
            var cases = await sp.GetRequiredService<PracticeDbContext>().Cases.AsNoTracking()
                .Select(c => new { c.ChildId, c.ReferralDate, c.ProtectionPlanStart }).ToListAsync();
            // The second year: every referral in it has a full twelve months of history before it.
            var lastYear = cases.Where(c => c.ReferralDate > today.AddDays(-365)).ToList();
            var reReferred = lastYear.Count(c => cases.Any(e => e.ChildId == c.ChildId && e.ReferralDate < c.ReferralDate && e.ReferralDate >= c.ReferralDate.AddDays(-365)));
            Assert.InRange(100.0 * reReferred / lastYear.Count, 22.3, 30.3);
            // Referrals old enough for their enquiry and conference to have happened.
            var settled = cases.Where(c => c.ReferralDate > today.AddDays(-365) && c.ReferralDate <= today.AddDays(-90)).ToList();
            Assert.InRange(100.0 * settled.Count(c => c.ProtectionPlanStart is not null) / settled.Count, 12.0, 18.0);
            return 0;
        });
    }

    private static string Fingerprint(SyntheticCase c) =>
        $"{c.Referral.GivenName}|{c.Referral.DateOfBirth}|{c.Siblings.Count}|{string.Join(",", c.Moves.Select(m => $"{m.To}{m.EffectiveOn}{string.Join("+", m.AssessmentFactors ?? [])}"))}|{string.Join(",", c.Meetings.Select(m => $"{m.HeldOn}{m.Review?.Outcome}"))}";
}
