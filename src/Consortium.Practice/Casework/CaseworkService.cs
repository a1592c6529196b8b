using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records and reads casework for the authority whose database the scope is bound to. Every view and change
/// of a child's record writes a line to its access log in the same transaction.
/// </summary>
public sealed class CaseworkService(PracticeDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<CaseResult> RecordReferralAsync(NewReferral referral, StaffMember who, bool synthetic = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(who);
        var problems = referral.Validate(Today);
        if (problems.Count > 0)
        {
            return CaseResult.Refused(problems);
        }

        var now = clock.GetUtcNow();
        var child = new Child
        {
            Reference = NewReference("C"),
            GivenName = referral.GivenName!.Trim(),
            FamilyName = referral.FamilyName!.Trim(),
            DateOfBirth = referral.DateOfBirth,
            ExpectedDateOfBirth = referral.DateOfBirth is null ? referral.ExpectedDateOfBirth : null,
            SexCode = referral.SexCode!,
            EthnicityCode = referral.EthnicityCode!,
            Disabled = referral.Disabled,
            Address = string.IsNullOrWhiteSpace(referral.Address) ? null : referral.Address.Trim(),
            IsSynthetic = synthetic,
            CreatedAt = now,
        };
        var record = new CaseRecord
        {
            ChildId = child.Id,
            Reference = NewReference("R"),
            Stage = CaseStage.Referral,
            ReferralDate = referral.ReferralDate!.Value,
            ReferralSource = referral.ReferralSource!,
            PrimaryNeed = referral.PrimaryNeed!,
            WorkerSubject = who.Subject,
            WorkerName = who.Name,
            Team = who.Team,
            IsSynthetic = synthetic,
            UpdatedAt = now,
        };
        db.Children.Add(child);
        db.Cases.Add(record);
        Log(child.Id, who, AccessAction.Created, "child", child.Id, now);
        Log(child.Id, who, AccessAction.Created, "case", record.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return CaseResult.Done(record);
    }

    /// <summary>Opens a child's record for a member of staff, logging the view (or the refusal of a restricted one).</summary>
    public async Task<ChildOpening> OpenChildAsync(Guid childId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null)
        {
            return ChildOpening.NotFound;
        }

        var now = clock.GetUtcNow();
        if (!child.MayBeOpenedBy(who))
        {
            Log(child.Id, who, AccessAction.Refused, "child", child.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            return new ChildOpening(null, [], true);
        }

        var cases = await db.Cases.AsNoTracking().Include(c => c.History)
            .Where(c => c.ChildId == childId)
            .OrderByDescending(c => c.ReferralDate)
            .ToListAsync(cancellationToken);
        Log(child.Id, who, AccessAction.Viewed, "child", child.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return new ChildOpening(child, cases, false);
    }

    /// <summary>Opens one case with its child, or nothing if either is missing or the child is restricted from this person.</summary>
    public async Task<(Child Child, CaseRecord Case)?> OpenCaseAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var record = await db.Cases.AsNoTracking().Include(c => c.History).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var allowed = child.MayBeOpenedBy(who);
        Log(child.Id, who, allowed ? AccessAction.Viewed : AccessAction.Refused, "case", record.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return allowed ? (child, record) : null;
    }

    /// <summary>Moves a case to another stage if the move is allowed and nobody changed the case since <paramref name="expectedToken"/>.</summary>
    public async Task<CaseResult> MoveAsync(Guid caseId, StageTransition move, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var record = await db.Cases.Include(c => c.History).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null || !child.MayBeOpenedBy(who))
        {
            return CaseResult.Refused([(string.Empty, "There is no such case")]);
        }

        if (record.ConcurrencyToken != expectedToken)
        {
            return CaseResult.Conflict(Describe(record, since: null));
        }

        var problems = StageRules.Check(record, move, Today);
        if (problems.Count > 0)
        {
            return CaseResult.Refused(problems);
        }

        var now = clock.GetUtcNow();
        StageRules.Apply(record, move, who.Name, now);
        Log(child.Id, who, AccessAction.Changed, "case", record.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Cases.AsNoTracking().Include(c => c.History).FirstAsync(c => c.Id == caseId, cancellationToken);
            return CaseResult.Conflict(Describe(current, since: null));
        }

        return CaseResult.Done(record);
    }

    /// <summary>
    /// Restricts a child's record to the named staff (user names or subjects), or lifts the restriction. The person
    /// restricting it is always named, so nobody locks themselves out. Team managers and administrators only.
    /// </summary>
    public async Task<(bool Saved, IReadOnlyList<(string Field, string Message)> Problems)> RestrictAsync(
        Guid childId, bool restricted, IReadOnlyList<string> permitted, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permitted);
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null || !child.MayBeOpenedBy(who) || !who.MayRestrictRecords)
        {
            return (false, [(string.Empty, "There is no such child")]);
        }

        var names = permitted.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > 50 || names.Any(n => n.Length > 200))
        {
            return (false, [("PermittedStaff", "Name at most 50 people, one user name of up to 200 characters a line")]);
        }

        if (child.ConcurrencyToken != expectedToken)
        {
            return (false, [(string.Empty, "Someone else changed this record's access while you were working on it. Check it and try again")]);
        }

        var me = who.UserName.Length > 0 ? who.UserName : who.Subject;
        child.IsRestricted = restricted;
        child.PermittedStaff = restricted ? [.. names.Append(me).Distinct(StringComparer.OrdinalIgnoreCase)] : [];
        child.ConcurrencyToken = Guid.NewGuid();
        Log(child.Id, who, AccessAction.Changed, "restriction", child.Id, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (false, [(string.Empty, "Someone else changed this record's access while you were working on it. Check it and try again")]);
        }

        return (true, []);
    }

    public async Task<IReadOnlyList<AccessLogEntry>> AccessLogAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.AccessLog.AsNoTracking().Where(a => a.ChildId == childId).OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);

    private static IReadOnlyList<string> Describe(CaseRecord record, DateTimeOffset? since) =>
        [$"The case is now at {CaseStages.DisplayName(record.Stage).ToLowerInvariant()}" +
            (record.History.OrderByDescending(h => h.RecordedAt).FirstOrDefault() is { } last ? $", recorded by {last.RecordedBy}" : "")];

    private void Log(Guid childId, StaffMember who, AccessAction action, string recordType, Guid recordId, DateTimeOffset at) =>
        AccessLogWriter.Add(db, childId, who, action, recordType, recordId, at);

    private static string NewReference(string prefix) => $"{prefix}-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4)}";
}
