using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Data;
using Consortium.Practice.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Computation;

/// <summary>
/// The measures as at the end of a day (episodes and plans open then, and the work recorded on them) for several days
/// at once: the episodes open on any of them, with their moves between stages, review conferences, maps, direct work,
/// safety networks and plans, are read once, and each day takes what was true on it.
/// </summary>
internal sealed class StocksAtEnd
{
    private const int NetworkSize = 3;

    private readonly ComputationSettings _settings;
    private readonly List<Episode> _episodes;
    private readonly ILookup<Guid, (long Id, string To, DateOnly On)> _moves;
    private readonly ILookup<(Guid CaseId, DateOnly PlanStart), DateOnly> _reviews;
    private readonly ILookup<Guid, DateOnly> _mapDates;
    private readonly Dictionary<Guid, DateOnly> _firstVoiceWork;
    private readonly Dictionary<Guid, DateOnly> _firstWordsAndPictures;
    private readonly HashSet<Guid> _networked;
    private readonly HashSet<Guid> _planAgreed;

    private StocksAtEnd(
        ComputationSettings settings, List<Episode> episodes, ILookup<Guid, (long, string, DateOnly)> moves,
        ILookup<(Guid, DateOnly), DateOnly> reviews, ILookup<Guid, DateOnly> mapDates, Dictionary<Guid, DateOnly> firstVoiceWork,
        Dictionary<Guid, DateOnly> firstWordsAndPictures, HashSet<Guid> networked, HashSet<Guid> planAgreed)
    {
        _settings = settings;
        _episodes = episodes;
        _moves = moves;
        _reviews = reviews;
        _mapDates = mapDates;
        _firstVoiceWork = firstVoiceWork;
        _firstWordsAndPictures = firstWordsAndPictures;
        _networked = networked;
        _planAgreed = planAgreed;
    }

    /// <summary>What the measures as at any day from <paramref name="first"/> to <paramref name="last"/> need.</summary>
    public static async Task<StocksAtEnd> ReadAsync(MetricsDbContext db, DateOnly first, DateOnly last, ComputationSettings settings, CancellationToken ct)
    {
        var episodes = await db.Cases.Where(c => c.ReferralDate <= last && (c.ClosedOn == null || c.ClosedOn > first))
            .Select(c => new Episode(c.Id, c.ReferralDate, c.ClosedOn, c.InitialConference)).ToListAsync(ct);
        // EF.Parameter: the ids travel as one parameter (a JSON array the database reads as a table), not one per id.
        var ids = episodes.Select(e => e.Id).ToList();

        var moves = await db.StageChanges.Where(h => h.EffectiveOn <= last && EF.Parameter(ids).Contains(h.CaseId))
            .Select(h => new { h.CaseId, h.Id, h.To, h.EffectiveOn }).ToListAsync(ct);
        var reviews = await db.ReviewConferences.Where(r => r.HeldOn <= last && EF.Parameter(ids).Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.PlanStart, r.HeldOn }).ToListAsync(ct);
        var mappedAfter = first.AddDays(-settings.MapReviewIntervalDays);
        var maps = await db.Maps.Where(m => m.MapDate > mappedAfter && m.MapDate <= last && EF.Parameter(ids).Contains(m.CaseId))
            .Select(m => new { m.CaseId, m.MapDate }).ToListAsync(ct);
        var voiceWork = await FirstDirectWork(db, ids, last,
            [DirectWorkToolNames.ThreeHouses, DirectWorkToolNames.WizardsAndFairies, DirectWorkToolNames.SafetyHouse], ct);
        var wordsAndPictures = await FirstDirectWork(db, ids, last, [DirectWorkToolNames.WordsAndPictures], ct);
        var networked = await db.Network.Where(m => m.KnowsDangerStatements && EF.Parameter(ids).Contains(m.CaseId))
            .GroupBy(m => m.CaseId).Where(g => g.Count() >= NetworkSize).Select(g => g.Key).ToListAsync(ct);
        var plans = await db.Plans.Where(p => EF.Parameter(ids).Contains(p.CaseId)).Select(p => new { p.CaseId, p.Revision, p.Status }).ToListAsync(ct);

        return new StocksAtEnd(
            settings,
            episodes,
            moves.ToLookup(m => m.CaseId, m => (m.Id, m.To, m.EffectiveOn)),
            reviews.ToLookup(r => (r.CaseId, r.PlanStart), r => r.HeldOn),
            maps.ToLookup(m => m.CaseId, m => m.MapDate),
            voiceWork,
            wordsAndPictures,
            [.. networked],
            [.. plans.GroupBy(p => p.CaseId).Where(g => g.MaxBy(p => p.Revision)!.Status == PlanStatusNames.Agreed).Select(g => g.Key)]);
    }

    /// <summary>The measures as at the end of <paramref name="end"/>.</summary>
    public List<Measure> AsAt(DateOnly end)
    {
        var open = _episodes.Where(e => e.ReferralDate <= end && (e.ClosedOn is null || e.ClosedOn > end)).ToList();
        var plans = open.Select(e => (Episode: e, Start: PlanStartedIfOnPlan(e.Id, end))).Where(p => p.Start is not null)
            .Select(p => (p.Episode, Start: p.Start!.Value)).ToList();
        var mappedAfter = end.AddDays(-_settings.MapReviewIntervalDays);
        return
        [
            Measure.Count(IndicatorCode.CPP_OPEN, plans.Count),
            ReviewsOnTime(plans, end),
            Measure.Fraction(IndicatorCode.SOS_NETWORK, plans.Count(p => _networked.Contains(p.Episode.Id)), plans.Count),
            Measure.Fraction(IndicatorCode.SOS_PLAN, plans.Count(p => _planAgreed.Contains(p.Episode.Id)), plans.Count),
            Measure.Count(IndicatorCode.CIN_OPEN, open.Count),
            Measure.Fraction(IndicatorCode.SOS_MAPPED, open.Count(e => _mapDates[e.Id].Any(d => d <= end && d > mappedAfter)), open.Count),
            Measure.Fraction(IndicatorCode.SOS_VOICE, open.Count(e => DoneBy(_firstVoiceWork, e.Id, end)), open.Count),
            Measure.Fraction(IndicatorCode.SOS_WORDS, open.Count(e => DoneBy(_firstWordsAndPictures, e.Id, end)), open.Count),
        ];
    }

    /// <summary>
    /// When the episode's latest move by the end of <paramref name="end"/> (the later recorded of a day's) was onto a
    /// child protection plan: the day of its latest move onto one. Otherwise null.
    /// </summary>
    private DateOnly? PlanStartedIfOnPlan(Guid caseId, DateOnly end)
    {
        (long Id, string To, DateOnly On)? latest = null;
        DateOnly? start = null;
        foreach (var move in _moves[caseId])
        {
            if (move.On > end)
            {
                continue;
            }

            if (latest is not { } l || move.On > l.On || (move.On == l.On && move.Id > l.Id))
            {
                latest = move;
            }

            if (move.To == StageNames.ChildProtectionPlan && (start is null || move.On > start))
            {
                start = move.On;
            }
        }

        return latest?.To == StageNames.ChildProtectionPlan ? start : null;
    }

    /// <summary>
    /// Of the plans open at the end of the day with a review due by then, those whose every review was held by its due
    /// date: the first <see cref="ComputationSettings.FirstReviewMonths"/> after the initial conference, each next
    /// <see cref="ComputationSettings.SubsequentReviewMonths"/> after the one before was held.
    /// </summary>
    private Measure ReviewsOnTime(List<(Episode Episode, DateOnly Start)> plans, DateOnly end)
    {
        long due = 0, onTime = 0;
        foreach (var (episode, start) in plans)
        {
            var next = (episode.InitialConference is { } conference && conference <= start ? conference : start).AddMonths(_settings.FirstReviewMonths);
            if (next > end)
            {
                continue;
            }

            due++;
            var kept = true;
            foreach (var held in _reviews[(episode.Id, start)].Where(h => h <= end).Order())
            {
                kept &= held <= next;
                next = held.AddMonths(_settings.SubsequentReviewMonths);
            }

            onTime += kept && next > end ? 1 : 0;
        }

        return Measure.Fraction(IndicatorCode.CPP_REVIEWED, onTime, due);
    }

    private static bool DoneBy(Dictionary<Guid, DateOnly> firstDone, Guid caseId, DateOnly end) =>
        firstDone.TryGetValue(caseId, out var first) && first <= end;

    /// <summary>For each episode, the first day any of <paramref name="tools"/> was used with the child, up to <paramref name="last"/>.</summary>
    private static async Task<Dictionary<Guid, DateOnly>> FirstDirectWork(
        MetricsDbContext db, List<Guid> ids, DateOnly last, string[] tools, CancellationToken ct) =>
        await db.DirectWork.Where(d => d.DoneOn <= last && tools.Contains(d.Tool) && EF.Parameter(ids).Contains(d.CaseId))
            .GroupBy(d => d.CaseId).Select(g => new { CaseId = g.Key, First = g.Min(d => d.DoneOn) })
            .ToDictionaryAsync(g => g.CaseId, g => g.First, ct);

    private sealed record Episode(Guid Id, DateOnly ReferralDate, DateOnly? ClosedOn, DateOnly? InitialConference);
}
