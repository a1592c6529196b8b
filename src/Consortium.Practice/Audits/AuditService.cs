using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Audits;

/// <summary>
/// Doing an audit: opening the case for it (written to the access log as an audit read), completing it with its grade,
/// raising a safeguarding concern with the case's team manager, actions and closing. The allocated auditor does the
/// audit; quality assurance staff may read any audit of a record they may open.
/// </summary>
public sealed class AuditService(PracticeDbContext db, AuditFrameworks frameworks, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The audit for its auditor, QA staff, its moderator or the manager told of its concern; each opening is logged on the child's record.</summary>
    public async Task<Outcome<AuditRecord>> OpenAsync(Guid auditId, StaffMember who, bool logAsRead = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await FindAsync(auditId, who, cancellationToken) is not { } record)
        {
            return new Failure.NotFound("audit");
        }

        if (!logAsRead)
        {
            return record;
        }

        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.AuditRead, "audit", auditId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<Outcome<CaseAudit>> CompleteAsync(Guid auditId, AuditInput input, int expectedVersion, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        var staff = await AuditStaff.CurrentAsync(db, Today, cancellationToken);
        var me = AuditStaff.Me(staff, who);
        if (await FindAsync(auditId, who, cancellationToken) is not { } record || me is null || record.Audit.AuditorId != me.Id)
        {
            return new Failure.NotFound("audit");
        }

        var audit = record.Audit;
        if (audit.Version != expectedVersion)
        {
            return Conflict(audit);
        }

        if (audit.Status != AuditStatus.Allocated)
        {
            return new Failure.Refused("This audit is already complete");
        }

        var problems = input.Validate(record.Framework, Today).ToList();
        var attendees = staff.Select(s => s.Person).Where(p => input.ConversationStaff.Contains(p.Id)).ToList();
        if (attendees.Count != input.ConversationStaff.Distinct().Count())
        {
            problems.Add(new("ConversationStaff", "Choose the people in the conversation from the list of current staff"));
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var answers = input.Trimmed();
        db.Attach(audit);
        audit.FrameworkVersion = record.FrameworkVersion;
        audit.AnswersJson = AuditAnswers.Write(answers);
        audit.Score = AuditScoring.Score(record.Framework.Questions, answers);
        audit.Grade = input.Grade;
        audit.Summary = (input.Summary ?? "").Trim();
        audit.ConversationOn = input.ConversationOn;
        audit.ConversationAttendees = string.Join(", ", attendees.Select(a => a.Name));
        audit.PractitionerRating = input.ConversationOn is null ? null : input.PractitionerRating;
        audit.AuditorRating = input.ConversationOn is null ? null : input.AuditorRating;
        audit.WorkingWell = (input.WorkingWell ?? "").Trim();
        audit.Worries = (input.Worries ?? "").Trim();
        audit.NeedsToHappen = (input.NeedsToHappen ?? "").Trim();
        audit.FamilyAsked = input.FamilyAsked;
        (audit.FamilyExplained, audit.FamilyListened, audit.FamilyPlanSafe, audit.FamilyWords) = input.FamilyAsked
            ? (input.FamilyExplained, input.FamilyListened, input.FamilyPlanSafe, (input.FamilyWords ?? "").Trim())
            : (null, null, null, "");
        audit.Status = AuditStatus.Completed;
        audit.CompletedAt = now;
        audit.CompletedOn = DateOnly.FromDateTime(now.UtcDateTime);
        audit.NeedsModeration = input.Grade == record.Framework.WorstGrade || ModerationDraw.Chosen(audit.Id, record.Framework.ModerationPercent);
        audit.Version++;
        foreach (var score in AuditScoring.DomainScores(record.Framework, answers))
        {
            score.AuditId = audit.Id;
            db.Add(score);
        }

        if (!string.IsNullOrWhiteSpace(input.Concern))
        {
            var manager = await ManagerOfAsync(record.Case, staff, cancellationToken);
            audit.Concern = input.Concern.Trim();
            audit.ConcernRaisedAt = now;
            (audit.ConcernManagerId, audit.ConcernManagerName) = (manager?.Id, manager?.Name);
        }

        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.Changed, "audit", audit.Id, now, audit.Concern is null ? "Audit completed" : "Audit completed with a safeguarding concern");
        return await db.SaveOrFailAsync(() => ConflictAsync(auditId, cancellationToken), cancellationToken: cancellationToken) is { } failure ? failure : audit;
    }

    public async Task<Outcome<AuditAction>> AddActionAsync(Guid auditId, string text, Guid ownerId, DateOnly? dueOn, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await FindAsync(auditId, who, cancellationToken) is not { } record || !await MayActAsync(record.Audit, who, cancellationToken))
        {
            return new Failure.NotFound("audit");
        }

        if (record.Audit.Status == AuditStatus.Closed)
        {
            return new Failure.Refused("This audit is closed");
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 1000)
        {
            errors.Add(new("Text", "Say what needs to happen, up to 1,000 characters"));
        }

        var owner = (await AuditStaff.CurrentAsync(db, Today, cancellationToken)).Select(s => s.Person).FirstOrDefault(p => p.Id == ownerId);
        if (owner is null)
        {
            errors.Add(new("OwnerId", "Choose who owns the action from the list of current staff"));
        }

        if (dueOn is not { } due || due < Today)
        {
            errors.Add(new("DueOn", "Enter a due date, today or later"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var action = new AuditAction { AuditId = auditId, Text = text.Trim(), OwnerId = owner!.Id, OwnerName = owner.Name, DueOn = dueOn!.Value, RecordedBy = who.Name, RecordedAt = now };
        db.Add(action);
        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.Created, "audit action", action.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Marks an action done with its evidence, or carries it to a named person who takes it on.</summary>
    public async Task<Outcome<AuditAction>> SettleActionAsync(Guid auditId, Guid actionId, string? evidence, Guid? carriedToId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await FindAsync(auditId, who, cancellationToken) is not { } record || !await MayActAsync(record.Audit, who, cancellationToken)
            || await db.AuditActions.FirstOrDefaultAsync(a => a.Id == actionId && a.AuditId == auditId, cancellationToken) is not { } action)
        {
            return new Failure.NotFound("action");
        }

        if (action.IsSettled)
        {
            return new Failure.Refused("This action is already done or carried forward");
        }

        if (carriedToId is { } to)
        {
            var person = (await AuditStaff.CurrentAsync(db, Today, cancellationToken)).Select(s => s.Person).FirstOrDefault(p => p.Id == to);
            if (person is null)
            {
                return new Failure.Invalid("CarriedToId", "Choose who the action is carried to from the list of current staff");
            }

            (action.CarriedToId, action.CarriedToName) = (person.Id, person.Name);
        }
        else if (string.IsNullOrWhiteSpace(evidence) || evidence.Trim().Length > 2000)
        {
            return new Failure.Invalid("Evidence", "Say what shows the action is done, up to 2,000 characters");
        }
        else
        {
            (action.DoneOn, action.Evidence) = (Today, evidence.Trim());
        }

        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.Changed, "audit action", action.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Closes a completed audit once every action is done or carried to a named person.</summary>
    public async Task<Outcome<CaseAudit>> CloseAsync(Guid auditId, int expectedVersion, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await FindAsync(auditId, who, cancellationToken) is not { } record || !await MayActAsync(record.Audit, who, cancellationToken))
        {
            return new Failure.NotFound("audit");
        }

        var audit = record.Audit;
        if (audit.Version != expectedVersion)
        {
            return Conflict(audit);
        }

        if (audit.Status != AuditStatus.Completed)
        {
            return new Failure.Refused(audit.Status == AuditStatus.Closed ? "This audit is already closed" : "Complete the audit before closing it");
        }

        var open = audit.Actions.Count(a => !a.IsSettled);
        if (open > 0)
        {
            return new Failure.Refused(open == 1 ? "1 action is still open: mark it done or carry it to a named person first" : $"{open} actions are still open: mark them done or carry them to a named person first");
        }

        if (audit.AwaitsModeration)
        {
            return new Failure.Refused("This audit is waiting for moderation");
        }

        db.Attach(audit);
        audit.Status = AuditStatus.Closed;
        audit.ClosedAt = clock.GetUtcNow();
        audit.Version++;
        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.Changed, "audit", audit.Id, audit.ClosedAt.Value, "Audit closed");
        return await db.SaveOrFailAsync(() => ConflictAsync(auditId, cancellationToken), cancellationToken: cancellationToken) is { } failure ? failure : audit;
    }

    /// <summary>The team manager told of a concern says they have seen it.</summary>
    public async Task<Outcome<CaseAudit>> AcknowledgeConcernAsync(Guid auditId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var me = AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who);
        var audit = await db.CaseAudits.FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
        var child = audit is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == audit.ChildId, cancellationToken);
        if (audit is null || child is null || me is null || audit.ConcernManagerId != me.Id || !child.MayBeOpenedBy(who))
        {
            return new Failure.NotFound("audit");
        }

        if (audit.ConcernAcknowledgedAt is null)
        {
            audit.ConcernAcknowledgedAt = clock.GetUtcNow();
            AccessLogWriter.Add(db, child.Id, who, AccessAction.Changed, "audit", audit.Id, audit.ConcernAcknowledgedAt.Value, "Safeguarding concern seen by the team manager");
            await db.SaveChangesAsync(cancellationToken);
        }

        return audit;
    }

    /// <summary>Concerns raised with this team manager that they have not yet said they have seen.</summary>
    public async Task<IReadOnlyList<CaseAudit>> ConcernsForAsync(StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who) is not { } me)
        {
            return [];
        }

        var audits = await db.CaseAudits.AsNoTracking().Where(a => a.ConcernManagerId == me.Id && a.ConcernAcknowledgedAt == null).ToListAsync(cancellationToken);
        return [.. (await db.OpenableByAsync(audits, who, cancellationToken)).OrderBy(a => a.ConcernRaisedAt)];
    }

    /// <summary>Every audit of a month for quality assurance staff, of records they may open, by team and due date.</summary>
    public async Task<IReadOnlyList<CaseAudit>> MonthAsync(DateOnly month, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.QualityAssurance))
        {
            return [];
        }

        month = AuditSampling.FirstOf(month);
        var audits = await db.CaseAudits.AsNoTracking().Where(a => a.Month == month).OrderBy(a => a.Team).ThenBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await db.OpenableByAsync(audits, who, cancellationToken);
    }

    /// <summary>The audits allocated to this person, not yet closed, oldest due first.</summary>
    public async Task<IReadOnlyList<CaseAudit>> MineAsync(StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who) is not { } me)
        {
            return [];
        }

        var mine = await db.CaseAudits.AsNoTracking().Where(a => a.AuditorId == me.Id && a.Status != AuditStatus.Closed)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await db.OpenableByAsync(mine, who, cancellationToken);
    }

    /// <summary>An audit this person may see: its record must open for them, and they audit it, moderate it, are QA, or were told of its concern.</summary>
    internal async Task<AuditRecord?> FindAsync(Guid auditId, StaffMember who, CancellationToken cancellationToken)
    {
        var audit = await db.CaseAudits.AsNoTracking().Include(a => a.Actions).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
        if (audit is null || await db.OpenableCaseAsync(audit.CaseId, who, cancellationToken) is not { } opened)
        {
            return null;
        }

        var me = AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who);
        var involved = who.Has(StaffRole.QualityAssurance)
            || (me is not null && (audit.AuditorId == me.Id || audit.ModeratorId == me.Id || audit.ConcernManagerId == me.Id))
            || (who.Has(StaffRole.TeamManager) && audit.AwaitsModeration);
        if (!involved)
        {
            return null;
        }

        var version = audit.FrameworkVersion ?? (await frameworks.InForceAsync(cancellationToken)).Version;
        var framework = await frameworks.VersionAsync(version, cancellationToken) ?? DefaultAuditFramework.Create();
        return new AuditRecord(audit, framework, version, opened.Case, opened.Child);
    }

    private async Task<bool> MayActAsync(CaseAudit audit, StaffMember who, CancellationToken cancellationToken) =>
        who.Has(StaffRole.QualityAssurance) || AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who)?.Id == audit.AuditorId;

    /// <summary>The manager of the case's team, else a team manager in that team, else the manager of its worker.</summary>
    private async Task<Auditor?> ManagerOfAsync(CaseRecord record, IReadOnlyList<(Auditor Person, StaffRole Role)> staff, CancellationToken cancellationToken)
    {
        var teamManager = await db.Teams.AsNoTracking().Where(t => t.Name == record.Team).Select(t => t.ManagerId).FirstOrDefaultAsync(cancellationToken);
        var people = staff.Select(s => s.Person).ToList();
        if (people.FirstOrDefault(p => p.Id == teamManager) is { } manager)
        {
            return manager;
        }

        if (staff.FirstOrDefault(s => s.Role == StaffRole.TeamManager && s.Person.Team == record.Team).Person is { } inTeam)
        {
            return inTeam;
        }

        var worker = people.FirstOrDefault(p => p.IsNamedBy(record.WorkerSubject));
        return worker?.ManagerId is { } m ? people.FirstOrDefault(p => p.Id == m) : null;
    }

    private async Task<Failure> ConflictAsync(Guid auditId, CancellationToken cancellationToken) =>
        await db.CaseAudits.AsNoTracking().FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken) is { } now ? Conflict(now) : new Failure.NotFound("audit");

    private static Failure.Conflict Conflict(CaseAudit now) =>
        new Failure.Conflict($"This audit was changed (it is now {now.Status.ToString().ToLowerInvariant()}) while you were working on it", [$"Status: {now.Status}"]) { Version = now.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
