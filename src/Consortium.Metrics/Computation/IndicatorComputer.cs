using Consortium.Practice.Census;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Data;
using Consortium.Practice.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Computation;

/// <summary>
/// Counts every casework indicator of the catalogue for one period in the authority's database. Counts and
/// fractions are aggregated by the database; medians read one number per item (a duration or a rating), never
/// whole cases. Working days come from the calendar table (<see cref="WorkingDayNumber"/>).
/// </summary>
public static class IndicatorComputer
{
    private const int AssessmentWorkingDays = 45;
    private const int InitialConferenceWorkingDays = 15;
    private const int NetworkSize = 3;

    public static async Task<IReadOnlyList<Measure>> ComputeAsync(MetricsDbContext db, ReportingPeriod period, ComputationSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        var start = period.Start;
        var end = settings.Today is { } today && today < period.End ? today : period.End;
        var measures = new List<Measure>();

        var referrals = db.Cases.Where(c => c.ReferralDate >= start && c.ReferralDate <= end);
        var referralCount = await referrals.LongCountAsync(ct);
        measures.Add(Measure.Count(IndicatorCode.REF, referralCount));
        measures.Add(Measure.Fraction(IndicatorCode.REREF12, await referrals.LongCountAsync(c => db.Cases.Any(p =>
            p.ChildId == c.ChildId && p.ReferralDate < c.ReferralDate && p.ReferralDate >= c.ReferralDate.AddYears(-1)), ct), referralCount));
        measures.Add(Measure.Fraction(IndicatorCode.REF_NFA, await referrals.LongCountAsync(c => c.ClosureReason == ClosureReason.NoFurtherAction, ct), referralCount));

        var assessmentDays = await (
            from c in db.Cases
            where c.AssessmentAuthorised >= start && c.AssessmentAuthorised <= end
            join r in db.WorkingDays on c.ReferralDate equals r.Day
            join a in db.WorkingDays on c.AssessmentAuthorised equals (DateOnly?)a.Day
            select a.Number - r.Number).ToListAsync(ct);
        measures.Add(Measure.Fraction(IndicatorCode.ASMT45, assessmentDays.Count(d => d <= AssessmentWorkingDays), assessmentDays.Count));
        measures.Add(Measure.Median(IndicatorCode.ASMT_MEDIAN, [.. assessmentDays.Select(d => (decimal)d)]));

        measures.Add(Measure.Count(IndicatorCode.S47, await StageStarts(db, StageNames.Section47Enquiry, start, end).LongCountAsync(ct)));

        var conferences = await (
            from c in db.Cases
            where c.InitialConference >= start && c.InitialConference <= end && c.StrategyDiscussion != null
            join s in db.WorkingDays on c.StrategyDiscussion equals (DateOnly?)s.Day
            join i in db.WorkingDays on c.InitialConference equals (DateOnly?)i.Day
            group i.Number - s.Number by 1 into g
            select new { Held = g.LongCount(), Within = g.LongCount(d => d <= InitialConferenceWorkingDays) }).FirstOrDefaultAsync(ct);
        measures.Add(Measure.Fraction(IndicatorCode.ICPC15, conferences?.Within ?? 0, conferences?.Held ?? 0));

        await AddPlanMeasures(db, start, end, settings, measures, ct);

        // One pass over the episodes open at the end of the period for all the measures over them. Each kind of work is
        // a set of case ids the database builds once (uncorrelated), not a lookup per open episode.
        var mappedSince = end.AddDays(-settings.MapReviewIntervalDays);
        var mapped = db.Maps.Where(m => m.MapDate <= end && m.MapDate > mappedSince).Select(m => m.CaseId);
        var voiced = db.DirectWork.Where(d => d.DoneOn <= end
            && (d.Tool == DirectWorkToolNames.ThreeHouses || d.Tool == DirectWorkToolNames.WizardsAndFairies || d.Tool == DirectWorkToolNames.SafetyHouse)).Select(d => d.CaseId);
        var explained = db.DirectWork.Where(d => d.DoneOn <= end && d.Tool == DirectWorkToolNames.WordsAndPictures).Select(d => d.CaseId);
        var open = await OpenCasesOn(db, end).GroupBy(_ => 1).Select(g => new
        {
            Count = g.LongCount(),
            Mapped = g.LongCount(c => mapped.Contains(c.Id)),
            Voice = g.LongCount(c => voiced.Contains(c.Id)),
            Words = g.LongCount(c => explained.Contains(c.Id)),
        }).FirstOrDefaultAsync(ct);
        var openCount = open?.Count ?? 0;
        measures.Add(Measure.Count(IndicatorCode.CIN_OPEN, openCount));
        measures.Add(Measure.Fraction(IndicatorCode.SOS_MAPPED, open?.Mapped ?? 0, openCount));
        measures.Add(Measure.Fraction(IndicatorCode.SOS_VOICE, open?.Voice ?? 0, openCount));
        measures.Add(Measure.Fraction(IndicatorCode.SOS_WORDS, open?.Words ?? 0, openCount));

        measures.Add(Measure.Median(IndicatorCode.SOS_SCALE_MOVE, await ScaleMovements(db, start, end, ct)));
        measures.Add(Measure.Median(IndicatorCode.SOS_SCALE_GAP, await RatingGaps(db, start, end, ct)));
        return measures;
    }

    private static async Task AddPlanMeasures(MetricsDbContext db, DateOnly start, DateOnly end, ComputationSettings settings, List<Measure> measures, CancellationToken ct)
    {
        var planStarts = PlanStarts(db);
        var startingNow = planStarts.Where(p => p.On >= start && p.On <= end);
        var startCount = await startingNow.LongCountAsync(ct);
        measures.Add(Measure.Count(IndicatorCode.CPP_START, startCount));

        var openPlans = OpenCasesOn(db, end).Where(c => db.StageChanges
            .Where(h => h.CaseId == c.Id && h.EffectiveOn <= end)
            .OrderByDescending(h => h.EffectiveOn).ThenByDescending(h => h.Id)
            .Select(h => h.To).FirstOrDefault() == StageNames.ChildProtectionPlan);
        // One pass over the plans open at the end of the period gives what each measure about them needs.
        var plans = await openPlans.Select(c => new OpenPlan
        {
            Id = c.Id,
            InitialConference = c.InitialConference,
            Start = db.StageChanges.Where(s => s.CaseId == c.Id && s.To == StageNames.ChildProtectionPlan && s.EffectiveOn <= end).Max(s => (DateOnly?)s.EffectiveOn),
            Networked = db.Network.Count(m => m.CaseId == c.Id && m.KnowsDangerStatements) >= NetworkSize,
            Agreed = db.Plans.Where(p => p.CaseId == c.Id).OrderByDescending(p => p.Revision).Take(1).Any(p => p.Status == PlanStatusNames.Agreed),
        }).ToListAsync(ct);
        var openPlanCount = plans.Count;
        measures.Add(Measure.Count(IndicatorCode.CPP_OPEN, openPlanCount));

        measures.Add(Measure.Fraction(IndicatorCode.CPP_REPEAT, await startingNow.LongCountAsync(s => planStarts.Any(p =>
            p.ChildId == s.ChildId && (p.On < s.On || (p.On == s.On && p.Id < s.Id))), ct), startCount));

        var endings = await (
            from e in db.StageChanges
            where e.From == StageNames.ChildProtectionPlan && e.EffectiveOn >= start && e.EffectiveOn <= end
            select new
            {
                Ended = e.EffectiveOn,
                Started = db.StageChanges.Where(s => s.CaseId == e.CaseId && s.To == StageNames.ChildProtectionPlan && s.EffectiveOn <= e.EffectiveOn)
                    .Max(s => (DateOnly?)s.EffectiveOn),
            }).ToListAsync(ct);
        var lasting = endings.Where(e => e.Started is { } s && s.AddYears(2) <= e.Ended);
        measures.Add(Measure.Fraction(IndicatorCode.CPP_2YR, lasting.Count(), endings.Count));

        measures.Add(await ReviewsOnTime(db, plans, end, settings, ct));

        measures.Add(Measure.Fraction(IndicatorCode.SOS_NETWORK, plans.Count(p => p.Networked), openPlanCount));
        measures.Add(Measure.Fraction(IndicatorCode.SOS_PLAN, plans.Count(p => p.Agreed), openPlanCount));
    }

    /// <summary>
    /// Of the plans open at the end of the period with a review due by then, those whose every review was held by its
    /// due date: the first <see cref="ComputationSettings.FirstReviewMonths"/> after the initial conference, each next
    /// <see cref="ComputationSettings.SubsequentReviewMonths"/> after the one before was held.
    /// </summary>
    private static async Task<Measure> ReviewsOnTime(MetricsDbContext db, List<OpenPlan> plans, DateOnly end, ComputationSettings settings, CancellationToken ct)
    {
        var reviews = (await (
            from r in db.ReviewConferences
            join c in OpenCasesOn(db, end) on r.CaseId equals c.Id
            where r.HeldOn <= end
            select new { r.CaseId, r.PlanStart, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => (r.CaseId, r.PlanStart), r => r.HeldOn);

        long due = 0, onTime = 0;
        foreach (var plan in plans.Where(p => p.Start is not null))
        {
            var start = plan.Start!.Value;
            var next = (plan.InitialConference is { } conference && conference <= start ? conference : start).AddMonths(settings.FirstReviewMonths);
            if (next > end)
            {
                continue;
            }

            due++;
            var kept = true;
            foreach (var held in reviews[(plan.Id, start)].Order())
            {
                kept &= held <= next;
                next = held.AddMonths(settings.SubsequentReviewMonths);
            }

            onTime += kept && next > end ? 1 : 0;
        }

        return Measure.Fraction(IndicatorCode.CPP_REVIEWED, onTime, due);
    }

    /// <summary>A plan open at the end of the period, with what the measures about open plans need of it.</summary>
    private sealed class OpenPlan
    {
        public Guid Id { get; init; }
        public DateOnly? InitialConference { get; init; }
        public DateOnly? Start { get; init; }
        public bool Networked { get; init; }
        public bool Agreed { get; init; }
    }

    private sealed class PlanStart
    {
        public long Id { get; init; }
        public Guid ChildId { get; init; }
        public DateOnly On { get; init; }
    }

    private static IQueryable<PlanStart> PlanStarts(MetricsDbContext db) =>
        from h in db.StageChanges
        where h.To == StageNames.ChildProtectionPlan
        join c in db.Cases on h.CaseId equals c.Id
        select new PlanStart { Id = h.Id, ChildId = c.ChildId, On = h.EffectiveOn };

    private static IQueryable<StageChangeRow> StageStarts(MetricsDbContext db, string stage, DateOnly start, DateOnly end) =>
        db.StageChanges.Where(h => h.To == stage && h.EffectiveOn >= start && h.EffectiveOn <= end);

    /// <summary>Episodes open at the end of the day: referred by then and not yet closed.</summary>
    private static IQueryable<CaseRow> OpenCasesOn(MetricsDbContext db, DateOnly day) =>
        db.Cases.Where(c => c.ReferralDate <= day && (c.ClosedOn == null || c.ClosedOn > day));

    /// <summary>
    /// For cases closed in the period: the mean overall rating at the last rated map less that at the first. Each case
    /// finds its first and last rated maps through the (case, version) index and averages only those two maps' ratings.
    /// </summary>
    private static async Task<IReadOnlyList<decimal>> ScaleMovements(MetricsDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var rated = db.Maps.Where(m => db.Ratings.Any(r => r.MapId == m.Id && r.PairId == null));
        var ends = await (
            from c in db.Cases
            where c.ClosedOn >= start && c.ClosedOn <= end
            select new
            {
                First = rated.Where(m => m.CaseId == c.Id).OrderBy(m => m.Version).Select(m => (Guid?)m.Id).FirstOrDefault(),
                Last = rated.Where(m => m.CaseId == c.Id).OrderByDescending(m => m.Version).Select(m => (Guid?)m.Id).FirstOrDefault(),
            } into maps
            where maps.First != maps.Last
            select new
            {
                First = db.Ratings.Where(r => r.MapId == maps.First && r.PairId == null).Average(r => (double)r.Score),
                Last = db.Ratings.Where(r => r.MapId == maps.Last && r.PairId == null).Average(r => (double)r.Score),
            }).ToListAsync(ct);
        return [.. ends.Select(e => (decimal)(e.Last - e.First))];
    }

    /// <summary>
    /// For maps dated in the period rated overall by both: the gap between the family's mean rating (people rating
    /// without an agency) and the professionals' mean (people rating for an agency). The means are the database's.
    /// </summary>
    private static async Task<IReadOnlyList<decimal>> RatingGaps(MetricsDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var means = await (
            from m in db.Maps
            where m.MapDate >= start && m.MapDate <= end
            join r in db.Ratings on m.Id equals r.MapId
            where r.PairId == null
            group r by m.Id into map
            select new
            {
                Family = map.Where(r => r.Agency == null || r.Agency == "").Average(r => (double?)r.Score),
                Professional = map.Where(r => r.Agency != null && r.Agency != "").Average(r => (double?)r.Score),
            }).ToListAsync(ct);
        return [.. means.Where(m => m.Family is not null && m.Professional is not null)
            .Select(m => (decimal)Math.Abs(m.Family!.Value - m.Professional!.Value))];
    }
}
