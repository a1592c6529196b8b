using System.Globalization;
using System.Security.Cryptography;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Audits;

/// <summary>
/// Draws the month's random sample and allocates auditors, and adds cases by hand for themed audits. Only quality
/// assurance staff. Restricted records are never drawn: they are audited only by staff named on them, by hand.
/// </summary>
public sealed class AuditSampling(PracticeDbContext db, AuditFrameworks frameworks, TimeProvider clock)
{
    public const string RandomReason = "Random sample";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<AuditSample?> SampleAsync(DateOnly month, CancellationToken cancellationToken = default) =>
        await db.AuditSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Month == FirstOf(month), cancellationToken);

    /// <summary>Draws the sample of <paramref name="month"/> with <paramref name="seed"/> (a new random one if none), once per month.</summary>
    public async Task<Outcome<AuditSample>> DrawAsync(DateOnly month, int? seed, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.QualityAssurance))
        {
            return new Failure.NotFound("audit sample");
        }

        month = FirstOf(month);
        if (month > FirstOf(Today) || month < FirstOf(Today).AddMonths(-1))
        {
            return new Failure.Invalid("Month", "Draw the sample for this month or last month");
        }

        if (await SampleAsync(month, cancellationToken) is { } existing)
        {
            return new Failure.Refused($"The sample for {month:MMMM yyyy} was drawn by {existing.DrawnBy} {SavedAt.Words(existing.DrawnAt)} with seed {existing.Seed}");
        }

        var (framework, _) = await frameworks.InForceAsync(cancellationToken);
        var chosenSeed = seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var candidates = await CandidatesAsync(month, cancellationToken);
        var drawn = AuditSampler.Draw(candidates, framework.SamplePerTeam, chosenSeed);
        var staff = await AuditStaff.CurrentAsync(db, Today, cancellationToken);
        var allocation = new AuditorAllocation([.. staff.Where(s => AuditStaff.Audits(s.Role)).Select(s => s.Person)], [.. staff.Select(s => s.Person)]);
        var auditors = allocation.Allocate(drawn, await LoadAsync(month, cancellationToken));

        var now = clock.GetUtcNow();
        var sample = new AuditSample { Month = month, Seed = chosenSeed, PerTeam = framework.SamplePerTeam, Drawn = drawn.Count, DrawnBy = who.Name, DrawnAt = now };
        db.Add(sample);
        foreach (var (candidate, auditor) in drawn.Zip(auditors))
        {
            db.Add(NewAudit(candidate, RandomReason, auditor, sample.Id, month, framework.DueDays, now));
        }

        // Two people drawing the same month at once: the unique month refuses the second.
        if (await db.SaveOrFailAsync(SavingChanges.Always(new Failure.Refused("This month's sample was drawn by someone else a moment ago")), SavingChanges.Always(new Failure.Refused("This month's sample was drawn by someone else a moment ago")), cancellationToken) is { } failure)
        {
            return failure;
        }

        return sample;
    }

    /// <summary>Adds a case by its reference, as a person types it from the case record.</summary>
    public async Task<Outcome<CaseAudit>> AddByReferenceAsync(string? caseReference, string theme, Guid? auditorId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var reference = (caseReference ?? "").Trim();
        var upper = reference.ToUpperInvariant();
        var caseId = reference.Length is 0 or > 20 ? (Guid?)null
            : await db.Cases.AsNoTracking().Where(c => c.Reference == upper || c.Reference == reference).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (!who.Has(StaffRole.QualityAssurance))
        {
            return new Failure.NotFound("case");
        }

        if (caseId is not { } id)
        {
            return new Failure.Invalid("CaseReference", "Enter the reference of a case at this authority, as it shows on the case record");
        }

        var added = await AddAsync(id, theme, auditorId, who, cancellationToken);
        return added.Failure is Failure.NotFound ? new Failure.Invalid("CaseReference", "Enter the reference of a case at this authority, as it shows on the case record") : added;
    }

    /// <summary>Adds one case to this month's audits by hand, for a theme, with an auditor chosen by the allocation rule or named.</summary>
    public async Task<Outcome<CaseAudit>> AddAsync(Guid caseId, string theme, Guid? auditorId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.QualityAssurance) || await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        if (string.IsNullOrWhiteSpace(theme) || theme.Trim().Length > 200)
        {
            return new Failure.Invalid("Theme", "Say why the case is audited (the theme), up to 200 characters");
        }

        var month = FirstOf(Today);
        if (await db.CaseAudits.AnyAsync(a => a.CaseId == caseId && a.Status == AuditStatus.Allocated, cancellationToken))
        {
            return new Failure.Refused("This case already has an audit waiting to be done");
        }

        var candidate = new SampleCandidate(opened.Case.Id, opened.Child.Id, opened.Case.Reference, opened.Case.Team, opened.Case.Stage, opened.Case.WorkerSubject, opened.Case.WorkerName);
        var staff = await AuditStaff.CurrentAsync(db, Today, cancellationToken);
        var auditors = staff.Where(s => AuditStaff.Audits(s.Role)).Select(s => s.Person).Where(p => opened.Child.MayBeOpenedBy(AsStaff(p))).ToList();
        var allocation = new AuditorAllocation(auditors, [.. staff.Select(s => s.Person)]);
        Auditor? auditor;
        if (auditorId is { } id)
        {
            auditor = auditors.FirstOrDefault(a => a.Id == id);
            if (auditor is null || !allocation.MayAudit(auditor, candidate.Team, candidate.WorkerSubject))
            {
                return new Failure.Invalid("AuditorId", "Choose an auditor from the list: not of the case's team, not its worker's manager, and able to open the record");
            }
        }
        else
        {
            auditor = allocation.Allocate([candidate], await LoadAsync(month, cancellationToken))[0];
        }

        var (framework, _) = await frameworks.InForceAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var audit = NewAudit(candidate, theme.Trim(), auditor, null, month, framework.DueDays, now);
        db.Add(audit);
        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Created, "audit", audit.Id, now, "Added to audits by hand");
        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }

    /// <summary>
    /// A themed audit of every re-referral of this quarter (a referral within twelve months of an earlier one of the same
    /// child, as REREF12 counts it), each added by hand as <see cref="AddAsync"/> adds one: a case already added for
    /// the theme, or with an audit waiting, is counted and left; a restricted record this person cannot open is left out.
    /// </summary>
    public async Task<Outcome<ThemedAddition>> AddReReferralsThisQuarterAsync(StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.QualityAssurance))
        {
            return new Failure.NotFound("audit sample");
        }

        var today = Today;
        var start = QuarterOf(today);
        var theme = string.Create(CultureInfo.GetCultureInfo("en-GB"), $"Re-referrals, {start:MMMM} to {start.AddMonths(2):MMMM yyyy}");
        var reReferrals = await db.Cases.AsNoTracking()
            .Where(c => c.ReferralDate >= start && c.ReferralDate <= today)
            .Where(c => db.Cases.Any(p => p.ChildId == c.ChildId && p.ReferralDate < c.ReferralDate && p.ReferralDate >= c.ReferralDate.AddYears(-1)))
            .OrderBy(c => c.ReferralDate)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var (added, already) = (0, 0);
        foreach (var caseId in reReferrals)
        {
            if (await db.CaseAudits.AnyAsync(a => a.CaseId == caseId && a.Reason == theme, cancellationToken))
            {
                already++;
                continue;
            }

            switch ((await AddAsync(caseId, theme, null, who, cancellationToken)).Failure)
            {
                case null:
                    added++;
                    break;
                case Failure.Refused:
                    already++;
                    break;
            }
        }

        return new ThemedAddition(theme, added, already);
    }

    /// <summary>Everyone who may be allocated audits: current quality assurance staff and team managers.</summary>
    public async Task<IReadOnlyList<Auditor>> AuditorsAsync(CancellationToken cancellationToken = default) =>
        [.. (await AuditStaff.CurrentAsync(db, Today, cancellationToken)).Where(s => AuditStaff.Audits(s.Role)).Select(s => s.Person)];

    /// <summary>Open cases of children not restricted, not audited in the twelve months before <paramref name="month"/>.</summary>
    private async Task<List<SampleCandidate>> CandidatesAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var since = month.AddMonths(-12);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed && c.Team != "")
            .Join(db.Children.Where(k => !k.IsRestricted), c => c.ChildId, k => k.Id, (c, k) => c)
            .Where(c => !db.CaseAudits.Any(a => a.CaseId == c.Id && a.Month > since))
            .Select(c => new SampleCandidate(c.Id, c.ChildId, c.Reference, c.Team, c.Stage, c.WorkerSubject, c.WorkerName))
            .ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<Guid, int>> LoadAsync(DateOnly month, CancellationToken cancellationToken) =>
        await db.CaseAudits.AsNoTracking().Where(a => a.Month == month && a.AuditorId != null)
            .GroupBy(a => a.AuditorId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static CaseAudit NewAudit(SampleCandidate candidate, string reason, Auditor? auditor, Guid? sampleId, DateOnly month, int dueDays, DateTimeOffset now) => new()
    {
        CaseId = candidate.CaseId,
        ChildId = candidate.ChildId,
        CaseReference = candidate.Reference,
        SampleId = sampleId,
        Month = month,
        Reason = reason,
        Team = candidate.Team,
        Stage = candidate.Stage,
        WorkerName = candidate.WorkerName,
        AuditorId = auditor?.Id,
        AuditorName = auditor?.Name ?? "",
        AllocatedAt = now,
        DueOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(dueDays),
        Status = AuditStatus.Allocated,
    };

    private static StaffMember AsStaff(Auditor auditor) =>
        new(auditor.Subject ?? auditor.SignInName, auditor.Name, auditor.Team ?? "", new HashSet<StaffRole>(), auditor.SignInName);

    public static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The first day of the quarter (January, April, July or October) that holds <paramref name="day"/>.</summary>
    public static DateOnly QuarterOf(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
}
