using Consortium.Practice.Audits;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;

namespace Consortium.Synthetic;

/// <summary>
/// Completed case-file audits for a synthetic history: about one episode in ten is audited while open (about 50 audits
/// a month for an authority of 6,000 referrals a year, fewer in proportion for a smaller one), on the default
/// framework's four grades. Each authority has its own share of audits good or better (from 45% to 75%, by its slug),
/// so the hub has something to compare; every Inadequate and one in ten of the rest are moderated, and a moderator
/// changes one grade in four by one step. Audits of a month or more ago are closed. Drawn from a random source of
/// their own, so the rest of the history is the same with them as without.
/// </summary>
internal sealed class SyntheticAudits(string slug, int seed, DateOnly today)
{
    /// <summary>The chance that an episode is audited, given it was open for at least <see cref="DaysBeforeAudit"/> days.</summary>
    private const double AuditedShare = 0.12;
    private const int DaysBeforeAudit = 14;

    private readonly Random _random = new(seed ^ 0x0A0D17);
    private readonly double _goodOrBetter = 0.45 + (0.30 * (DemoSeeder.StableSeed(slug) & 0xFF) / 255.0);

    public int Written { get; private set; }

    public void Add(PracticeDbContext db, CaseRecord record)
    {
        var from = record.ReferralDate.AddDays(DaysBeforeAudit);
        var to = record.ClosedOn is { } closed && closed < today ? closed : today.AddDays(-1);
        if (_random.NextDouble() >= AuditedShare || to < from)
        {
            return;
        }

        var completedOn = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
        var month = new DateOnly(completedOn.Year, completedOn.Month, 1);
        var grade = Grade();
        var moderated = grade == 4 || _random.NextDouble() < 0.1;
        int? moderatedGrade = moderated ? Moderate(grade) : null;
        var completedAt = new DateTimeOffset(completedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        var auditor = 1 + _random.Next(12);
        db.CaseAudits.Add(new CaseAudit
        {
            CaseId = record.Id,
            ChildId = record.ChildId,
            CaseReference = record.Reference,
            Month = month,
            Reason = "Random sample",
            Team = record.Team,
            Stage = record.Stage,
            WorkerName = record.WorkerName,
            AuditorName = $"Synthetic auditor {auditor}",
            AllocatedAt = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            DueOn = month.AddDays(27),
            Status = completedOn < today.AddDays(-30) ? AuditStatus.Closed : AuditStatus.Completed,
            FrameworkVersion = 0,
            Score = Score(moderatedGrade ?? grade),
            Grade = grade,
            Summary = "Synthetic audit.",
            CompletedAt = completedAt,
            CompletedOn = completedOn,
            NeedsModeration = moderated,
            ModeratorName = moderated ? "Synthetic moderator" : null,
            ModeratedGrade = moderatedGrade,
            ModerationReason = moderated ? (moderatedGrade == grade ? "Agreed." : "Changed on reading the record.") : null,
            ModeratedAt = moderated ? completedAt.AddDays(7) : null,
            ClosedAt = completedOn < today.AddDays(-30) ? completedAt.AddDays(28) : null,
        });
        Written++;
    }

    /// <summary>1 Outstanding, 2 Good, 3 Requires improvement to be good, 4 Inadequate, at the authority's share good or better.</summary>
    private int Grade()
    {
        var draw = _random.NextDouble();
        return draw < _goodOrBetter * 0.15 ? 1
            : draw < _goodOrBetter ? 2
            : draw < _goodOrBetter + ((1 - _goodOrBetter) * 0.7) ? 3
            : 4;
    }

    private int Moderate(int grade) => _random.NextDouble() >= 0.25 ? grade
        : grade == 1 ? 2
        : grade == 4 ? 3
        : grade + (_random.Next(2) == 0 ? -1 : 1);

    private decimal Score(int grade) => grade switch
    {
        1 => 85 + _random.Next(16),
        2 => 65 + _random.Next(20),
        3 => 45 + _random.Next(20),
        _ => 20 + _random.Next(25),
    };
}
