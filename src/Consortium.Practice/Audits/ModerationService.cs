using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Audits;

/// <summary>
/// Moderation: a moderator (quality assurance or a team manager, never the audit's own auditor) confirms or changes the
/// grade of every audit graded worst and of the chosen share of the rest, with a reason for a change.
/// </summary>
public sealed class ModerationService(PracticeDbContext db, AuditService audits, AuditFrameworks frameworks, TimeProvider clock)
{
    public const int MaxReason = 2000;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<CaseAudit>> WaitingAsync(StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var me = AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who);
        if (!MayModerate(who) || me is null)
        {
            return [];
        }

        var waiting = await db.CaseAudits.AsNoTracking()
            .Where(a => a.NeedsModeration && a.ModeratedAt == null && a.Status != AuditStatus.Allocated && a.AuditorId != me.Id)
            .OrderBy(a => a.CompletedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await db.OpenableByAsync(waiting, who, cancellationToken);
    }

    public async Task<Outcome<CaseAudit>> ModerateAsync(Guid auditId, int? grade, string? reason, int expectedVersion, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var me = AuditStaff.Me(await AuditStaff.CurrentAsync(db, Today, cancellationToken), who);
        if (!MayModerate(who) || me is null || await audits.FindAsync(auditId, who, cancellationToken) is not { } record)
        {
            return new Failure.NotFound("audit");
        }

        var audit = record.Audit;
        if (audit.AuditorId == me.Id)
        {
            return new Failure.Refused("You did this audit: someone else moderates it");
        }

        if (!audit.AwaitsModeration)
        {
            return new Failure.Refused(audit.ModeratedAt is null ? "This audit is not waiting for moderation" : $"{audit.ModeratorName} moderated this audit {SavedAt.Words(audit.ModeratedAt.Value)}");
        }

        if (audit.Version != expectedVersion)
        {
            return new Failure.Conflict("This audit changed while you were moderating it", [$"Status: {audit.Status}"]) { Version = audit.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        var errors = new List<FieldError>();
        if (grade is not { } g || record.Framework.Grade(g) is null)
        {
            errors.Add(new("Grade", "Choose the grade the audit should have"));
        }
        else if (g != audit.Grade && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("Reason", "Say why the grade changes"));
        }

        if (reason is { Length: > MaxReason })
        {
            errors.Add(new("Reason", $"Write up to {MaxReason} characters"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        db.Attach(audit);
        audit.ModeratorId = me.Id;
        audit.ModeratorName = me.Name;
        audit.ModeratedGrade = grade;
        audit.ModerationReason = (reason ?? "").Trim();
        audit.ModeratedAt = clock.GetUtcNow();
        audit.Version++;
        AccessLogWriter.Add(db, record.Child.Id, who, AccessAction.Changed, "audit", audit.Id, audit.ModeratedAt.Value, grade == audit.Grade ? "Grade confirmed at moderation" : "Grade changed at moderation");
        if (await db.SaveOrFailAsync(SavingChanges.Always(new Failure.Refused("Someone else moderated this audit a moment ago")), cancellationToken: cancellationToken) is { } failure)
        {
            return failure;
        }

        return audit;
    }

    /// <summary>Each auditor's agreement with the moderators over every moderated audit.</summary>
    public async Task<IReadOnlyList<AuditorAgreement>> AgreementAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.CaseAudits.AsNoTracking()
            .Where(a => a.ModeratedGrade != null && a.Grade != null)
            .Select(a => new { a.AuditorName, Grade = a.Grade!.Value, Moderated = a.ModeratedGrade!.Value })
            .ToListAsync(cancellationToken);
        var (framework, _) = await frameworks.InForceAsync(cancellationToken);
        return AuditorAgreement.For(rows.Select(r => (r.AuditorName, r.Grade, r.Moderated)), framework.Grades.Count);
    }

    private static bool MayModerate(StaffMember who) => who.Has(StaffRole.QualityAssurance) || who.Has(StaffRole.TeamManager);
}
