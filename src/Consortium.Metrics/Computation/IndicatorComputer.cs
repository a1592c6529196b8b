using Consortium.Practice.Census;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Data;
using Consortium.Practice.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Computation;

/// <summary>
/// Counts every indicator of the catalogue (casework and workforce) for one period, or for several at once, in the authority's
/// database. Each item counted is read as the few columns a measure needs (a date, a duration, a rating, a flag), never
/// as a whole case. Working days come from the calendar table (<see cref="WorkingDayNumber"/>).
/// </summary>
/// <remarks>
/// Several periods (a share's six) are computed together: each kind of item counted over a period (referrals,
/// assessments, enquiries, conferences, plans starting and ending, cases closed, maps) is read once, dated, over the
/// span from the earliest period's start to the latest period's end, and counted into every period whose days it falls
/// in (completed case-file audits by the day they were completed, family goals by the day they were rated at closure, the child's view by the day of the direct work); the figures as at a period's end (open cases and plans) come from the episodes open at any of the ends, read
/// once with what was recorded on them (<see cref="StocksAtEnd"/>); the workforce indicators of a reporting year are
/// counted on its census year (<see cref="WorkforceIndicators"/>). Each period's measures are exactly those of
/// computing it alone.
/// </remarks>
public static class IndicatorComputer
{
    private const int AssessmentWorkingDays = 45;
    private const int InitialConferenceWorkingDays = 15;

    public static async Task<IReadOnlyList<Measure>> ComputeAsync(MetricsDbContext db, ReportingPeriod period, ComputationSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (await ComputeAsync(db, [period], settings, ct))[0].Measures;
    }

    /// <summary>The measures of each of <paramref name="periods"/>, in their order.</summary>
    public static async Task<IReadOnlyList<(ReportingPeriod Period, IReadOnlyList<Measure> Measures)>> ComputeAsync(
        MetricsDbContext db, IReadOnlyList<ReportingPeriod> periods, ComputationSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(settings);
        if (periods.Count == 0)
        {
            return [];
        }

        var windows = periods.Select(p => (Period: p, p.Start, End: settings.Today is { } today && today < p.End ? today : p.End)).ToList();
        var flows = await Flows.ReadAsync(db, windows.Min(w => w.Start), windows.Max(w => w.End), settings.GoalAchievedAtOrAbove, ct);
        var stocks = await StocksAtEnd.ReadAsync(db, windows.Min(w => w.End), windows.Max(w => w.End), settings, ct);
        var atEnd = windows.Select(w => w.End).Distinct().ToDictionary(end => end, stocks.AsAt);

        var computed = new List<(ReportingPeriod, IReadOnlyList<Measure>)>(windows.Count);
        foreach (var w in windows)
        {
            var workforce = await WorkforceIndicators.ComputeAsync(db, w.Period, settings, ct);
            computed.Add((w.Period, Assemble(flows.Within(w.Start, w.End), atEnd[w.End], workforce)));
        }

        return computed;
    }

    /// <summary>The measures in the catalogue's order of computation (the order every snapshot has carried them in).</summary>
    private static List<Measure> Assemble(List<Measure> flows, List<Measure> atEnd, IReadOnlyList<Measure> workforce)
    {
        var byCode = flows.Concat(atEnd).Concat(workforce).ToDictionary(m => m.Indicator);
        return [.. Order.Select(code => byCode[code])];
    }

    private static readonly IndicatorCode[] Order =
    [
        IndicatorCode.REF, IndicatorCode.REREF12, IndicatorCode.REF_NFA, IndicatorCode.ASMT45, IndicatorCode.ASMT_MEDIAN, IndicatorCode.S47,
        IndicatorCode.ICPC15, IndicatorCode.CPP_START, IndicatorCode.CPP_OPEN, IndicatorCode.CPP_REPEAT, IndicatorCode.CPP_2YR,
        IndicatorCode.CPP_REVIEWED, IndicatorCode.SOS_NETWORK, IndicatorCode.SOS_PLAN, IndicatorCode.CIN_OPEN, IndicatorCode.SOS_MAPPED,
        IndicatorCode.SOS_VOICE, IndicatorCode.SOS_WORDS, IndicatorCode.SOS_SCALE_MOVE, IndicatorCode.SOS_SCALE_GAP,
        IndicatorCode.QA_AUDIT_GOOD, IndicatorCode.QA_AUDIT_GRADE1, IndicatorCode.QA_AUDIT_GRADE2, IndicatorCode.QA_AUDIT_GRADE3, IndicatorCode.QA_AUDIT_GRADE4,
        IndicatorCode.SOS_GOALS, IndicatorCode.SOS_CHILD_VIEW,
        IndicatorCode.WF_TRAINED, IndicatorCode.WF_LEADERS, IndicatorCode.WF_TURNOVER, IndicatorCode.WF_AGENCY,
    ];

    /// <summary>
    /// Every item counted over a period, dated, read once over the span of the periods computed together; each period
    /// takes those dated within its own days.
    /// </summary>
    private sealed class Flows
    {
        private readonly List<(DateOnly On, bool ReReferral, bool NoFurtherAction)> _referrals;
        private readonly List<(DateOnly On, int Days)> _assessments;
        private readonly List<(DateOnly On, long Count)> _enquiries;
        private readonly List<(DateOnly On, int Days)> _conferences;
        private readonly List<(DateOnly On, bool Repeat)> _planStarts;
        private readonly List<(DateOnly On, bool Lasted)> _planEnds;
        private readonly List<(DateOnly On, decimal Movement)> _movements;
        private readonly List<(DateOnly On, decimal Gap)> _gaps;
        private readonly List<(DateOnly On, int Grade, bool GoodOrBetter, long Count)> _audits;
        private readonly List<(DateOnly On, bool Yes, long Count)> _goalsAtClosure;
        private readonly List<(DateOnly On, bool Yes, long Count)> _childViews;

        private Flows(
            List<(DateOnly, bool, bool)> referrals, List<(DateOnly, int)> assessments, List<(DateOnly, long)> enquiries, List<(DateOnly, int)> conferences,
            List<(DateOnly, bool)> planStarts, List<(DateOnly, bool)> planEnds, List<(DateOnly, decimal)> movements, List<(DateOnly, decimal)> gaps,
            List<(DateOnly, int, bool, long)> audits, List<(DateOnly, bool, long)> goalsAtClosure, List<(DateOnly, bool, long)> childViews)
        {
            _audits = audits;
            _goalsAtClosure = goalsAtClosure;
            _childViews = childViews;
            _referrals = referrals;
            _assessments = assessments;
            _enquiries = enquiries;
            _conferences = conferences;
            _planStarts = planStarts;
            _planEnds = planEnds;
            _movements = movements;
            _gaps = gaps;
        }

        public static async Task<Flows> ReadAsync(MetricsDbContext db, DateOnly start, DateOnly end, int goalAchievedAtOrAbove, CancellationToken ct)
        {
            var referrals = await db.Cases.Where(c => c.ReferralDate >= start && c.ReferralDate <= end).Select(c => new
            {
                On = c.ReferralDate,
                ReReferral = db.Cases.Any(p => p.ChildId == c.ChildId && p.ReferralDate < c.ReferralDate && p.ReferralDate >= c.ReferralDate.AddYears(-1)),
                NoFurtherAction = c.ClosureReason == ClosureReason.NoFurtherAction,
            }).ToListAsync(ct);

            var assessments = await (
                from c in db.Cases
                where c.AssessmentAuthorised >= start && c.AssessmentAuthorised <= end
                join r in db.WorkingDays on c.ReferralDate equals r.Day
                join a in db.WorkingDays on c.AssessmentAuthorised equals (DateOnly?)a.Day
                select new { On = a.Day, Days = a.Number - r.Number }).ToListAsync(ct);

            var enquiries = await StageStarts(db, StageNames.Section47Enquiry, start, end)
                .GroupBy(h => h.EffectiveOn).Select(g => new { On = g.Key, Count = g.LongCount() }).ToListAsync(ct);

            var conferences = await (
                from c in db.Cases
                where c.InitialConference >= start && c.InitialConference <= end && c.StrategyDiscussion != null
                join s in db.WorkingDays on c.StrategyDiscussion equals (DateOnly?)s.Day
                join i in db.WorkingDays on c.InitialConference equals (DateOnly?)i.Day
                select new { On = i.Day, Days = i.Number - s.Number }).ToListAsync(ct);

            var planStarts = PlanStarts(db);
            var starting = await planStarts.Where(p => p.On >= start && p.On <= end).Select(s => new
            {
                s.On,
                Repeat = planStarts.Any(p => p.ChildId == s.ChildId && (p.On < s.On || (p.On == s.On && p.Id < s.Id))),
            }).ToListAsync(ct);

            var endings = await (
                from e in db.StageChanges
                where e.From == StageNames.ChildProtectionPlan && e.EffectiveOn >= start && e.EffectiveOn <= end
                select new
                {
                    Ended = e.EffectiveOn,
                    Started = db.StageChanges.Where(s => s.CaseId == e.CaseId && s.To == StageNames.ChildProtectionPlan && s.EffectiveOn <= e.EffectiveOn)
                        .Max(s => (DateOnly?)s.EffectiveOn),
                }).ToListAsync(ct);

            // Completed audits by day and final grade, counted by the database; good or better is the read model's flag.
            var audits = await db.Audits.Where(a => a.CompletedOn >= start && a.CompletedOn <= end)
                .GroupBy(a => new { a.CompletedOn, a.FinalGrade, a.GoodOrBetter })
                .Select(g => new { g.Key.CompletedOn, g.Key.FinalGrade, g.Key.GoodOrBetter, Count = g.LongCount() }).ToListAsync(ct);

            // Goals rated at closure and children asked whether the plan makes them safe, by day and answer, counted by the database.
            var goals = await db.GoalsAtClosure.Where(g => g.RatedOn >= start && g.RatedOn <= end)
                .GroupBy(g => new { g.RatedOn, Achieved = g.Score >= goalAchievedAtOrAbove })
                .Select(g => new { g.Key.RatedOn, g.Key.Achieved, Count = g.LongCount() }).ToListAsync(ct);
            var views = await db.ChildViews.Where(v => v.DoneOn >= start && v.DoneOn <= end)
                .GroupBy(v => new { v.DoneOn, v.FeelsSafe })
                .Select(g => new { g.Key.DoneOn, g.Key.FeelsSafe, Count = g.LongCount() }).ToListAsync(ct);

            return new Flows(
                [.. referrals.Select(r => (r.On, r.ReReferral, r.NoFurtherAction))],
                [.. assessments.Select(a => (a.On, a.Days))],
                [.. enquiries.Select(e => (e.On, e.Count))],
                [.. conferences.Select(c => (c.On, c.Days))],
                [.. starting.Select(s => (s.On, s.Repeat))],
                [.. endings.Select(e => (e.Ended, e.Started is { } s && s.AddYears(2) <= e.Ended))],
                await ScaleMovements(db, start, end, ct),
                await RatingGaps(db, start, end, ct),
                [.. audits.Select(a => (a.CompletedOn, a.FinalGrade, a.GoodOrBetter, a.Count))],
                [.. goals.Select(g => (g.RatedOn, g.Achieved, g.Count))],
                [.. views.Select(v => (v.DoneOn, v.FeelsSafe, v.Count))]);
        }

        /// <summary>The measures over items dated from <paramref name="start"/> to <paramref name="end"/>.</summary>
        public List<Measure> Within(DateOnly start, DateOnly end)
        {
            bool In(DateOnly day) => day >= start && day <= end;
            var referrals = _referrals.Where(r => In(r.On)).ToList();
            var assessmentDays = _assessments.Where(a => In(a.On)).Select(a => a.Days).ToList();
            var conferenceDays = _conferences.Where(c => In(c.On)).Select(c => c.Days).ToList();
            var starting = _planStarts.Where(p => In(p.On)).ToList();
            var ending = _planEnds.Where(p => In(p.On)).ToList();
            var audits = _audits.Where(a => In(a.On)).ToList();
            var completed = audits.Sum(a => a.Count);
            var goals = _goalsAtClosure.Where(g => In(g.On)).ToList();
            var views = _childViews.Where(v => In(v.On)).ToList();
            return
            [
                Measure.Count(IndicatorCode.REF, referrals.Count),
                Measure.Fraction(IndicatorCode.REREF12, referrals.Count(r => r.ReReferral), referrals.Count),
                Measure.Fraction(IndicatorCode.REF_NFA, referrals.Count(r => r.NoFurtherAction), referrals.Count),
                Measure.Fraction(IndicatorCode.ASMT45, assessmentDays.Count(d => d <= AssessmentWorkingDays), assessmentDays.Count),
                Measure.Median(IndicatorCode.ASMT_MEDIAN, [.. assessmentDays.Select(d => (decimal)d)]),
                Measure.Count(IndicatorCode.S47, _enquiries.Where(e => In(e.On)).Sum(e => e.Count)),
                Measure.Fraction(IndicatorCode.ICPC15, conferenceDays.Count(d => d <= InitialConferenceWorkingDays), conferenceDays.Count),
                Measure.Count(IndicatorCode.CPP_START, starting.Count),
                Measure.Fraction(IndicatorCode.CPP_REPEAT, starting.Count(p => p.Repeat), starting.Count),
                Measure.Fraction(IndicatorCode.CPP_2YR, ending.Count(p => p.Lasted), ending.Count),
                Measure.Median(IndicatorCode.SOS_SCALE_MOVE, [.. _movements.Where(m => In(m.On)).Select(m => m.Movement)]),
                Measure.Median(IndicatorCode.SOS_SCALE_GAP, [.. _gaps.Where(g => In(g.On)).Select(g => g.Gap)]),
                Measure.Fraction(IndicatorCode.QA_AUDIT_GOOD, audits.Where(a => a.GoodOrBetter).Sum(a => a.Count), completed),
                .. IndicatorCatalogue.AuditGrades.Select((code, i) => Measure.Fraction(code, audits.Where(a => a.Grade == i + 1).Sum(a => a.Count), completed)),
                Measure.Fraction(IndicatorCode.SOS_GOALS, goals.Where(g => g.Yes).Sum(g => g.Count), goals.Sum(g => g.Count)),
                Measure.Fraction(IndicatorCode.SOS_CHILD_VIEW, views.Where(v => v.Yes).Sum(v => v.Count), views.Sum(v => v.Count)),
            ];
        }
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

    /// <summary>
    /// For cases closed from <paramref name="start"/> to <paramref name="end"/>, by the day each closed: the mean overall
    /// rating at the last rated map less that at the first. The database averages each rated map's overall ratings in
    /// one pass over the closed cases' maps; the first and last of each case (by version) are picked here.
    /// </summary>
    private static async Task<List<(DateOnly On, decimal Movement)>> ScaleMovements(MetricsDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var means = await (
            from c in db.Cases
            where c.ClosedOn >= start && c.ClosedOn <= end
            join m in db.Maps on c.Id equals m.CaseId
            join r in db.Ratings on m.Id equals r.MapId
            where r.PairId == null
            group r by new { m.Id, m.CaseId, m.Version, c.ClosedOn } into map
            select new { map.Key.CaseId, map.Key.Version, ClosedOn = map.Key.ClosedOn!.Value, Mean = map.Average(r => (double)r.Score) }).ToListAsync(ct);
        return [.. means.GroupBy(m => m.CaseId)
            .Where(c => c.Count() > 1)
            .Select(c => (c.First().ClosedOn, (decimal)(c.MaxBy(m => m.Version)!.Mean - c.MinBy(m => m.Version)!.Mean)))];
    }

    /// <summary>
    /// For maps dated from <paramref name="start"/> to <paramref name="end"/> rated overall by both, by the map's date: the
    /// gap between the family's mean rating (people rating without an agency) and the professionals' mean (people rating
    /// for an agency). The means are the database's.
    /// </summary>
    private static async Task<List<(DateOnly On, decimal Gap)>> RatingGaps(MetricsDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var means = await (
            from m in db.Maps
            where m.MapDate >= start && m.MapDate <= end
            join r in db.Ratings on m.Id equals r.MapId
            where r.PairId == null
            group r by new { m.Id, m.MapDate } into map
            select new
            {
                map.Key.MapDate,
                Family = map.Where(r => r.Agency == null || r.Agency == "").Average(r => (double?)r.Score),
                Professional = map.Where(r => r.Agency != null && r.Agency != "").Average(r => (double?)r.Score),
            }).ToListAsync(ct);
        return [.. means.Where(m => m.Family is not null && m.Professional is not null)
            .Select(m => (m.MapDate, (decimal)Math.Abs(m.Family!.Value - m.Professional!.Value)))];
    }
}
