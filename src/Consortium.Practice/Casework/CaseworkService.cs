using Consortium.Practice.Outcomes;
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

    public async Task<Outcome<CaseRecord>> RecordReferralAsync(NewReferral referral, StaffMember who, bool synthetic = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(who);
        var problems = referral.Validate(Today);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var (child, record) = NewEpisode(referral, new Allocation(who.Subject, who.Name, who.Team), synthetic, now);
        db.Children.Add(child);
        db.Cases.Add(record);
        Log(child.Id, who, AccessAction.Created, "child", child.Id, now);
        Log(child.Id, who, AccessAction.Created, "case", record.Id, now);
        CaseVersions.KeepChanged(db, now);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>How a restricted sibling appears on the family list of a child whose record is not restricted.</summary>
    public const string RestrictedSibling = "A sibling whose record is restricted";

    /// <summary>
    /// Adds a sibling to a case's referral: the sibling gets their own episode (the census is child-level) with the
    /// same referral date, source and primary need, at the referral stage, allocated to the same worker, and linked to
    /// the others by the group's id; each child's family lists the others as siblings. Refused if someone changed the
    /// case since <paramref name="expectedToken"/>, and for a closed case.
    /// </summary>
    /// <param name="startedFrom">
    /// The case's fields and the child's family as the person's page loaded them (<see cref="CaseFields.WithFamily"/>), so
    /// that a conflict lists field by field what changed since, a sibling added meanwhile included.
    /// </param>
    public async Task<Outcome<CaseRecord>> AddSiblingAsync(Guid caseId, NewReferral sibling, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sibling);
        ArgumentNullException.ThrowIfNull(who);
        var outcome = await db.ChangeCaseAsync(caseId, expectedToken, who, clock.GetUtcNow(), change => AddSiblingAsync(change, sibling, who, cancellationToken), startedFrom: startedFrom, cancellationToken: cancellationToken);
        if (startedFrom is null || outcome.Failure is not Failure.Conflict conflict || await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.ChildId).FirstOrDefaultAsync(cancellationToken) is not { } childId)
        {
            return outcome;
        }

        var family = await new FamilyService(db, clock).ForChildAsync(childId, who, cancellationToken);
        return Failure.Conflict.Of(conflict.Message, [.. conflict.Changes, .. FieldChanges.Between(startedFrom, CaseFields.Family(family))], conflict.Version ?? "");
    }

    private async Task<Outcome<CaseRecord>> AddSiblingAsync(CaseForChange change, NewReferral sibling, StaffMember who, CancellationToken cancellationToken)
    {
        var (record, child, now) = change;
        if (!record.IsOpen)
        {
            return new Failure.Refused("A closed case cannot take another child. Record a new referral instead");
        }

        var referral = ReferralDetailsOf(record, sibling with { ReferralDate = record.ReferralDate, ReferralSource = record.ReferralSource.Code, PrimaryNeed = record.PrimaryNeed.Code });
        // The sibling takes the case's referral, so a problem with its date is one with the sibling's date of birth.
        var problems = referral.Validate(Today, particulars: false).Select(p => p.Field == nameof(NewReferral.ReferralDate)
            ? new FieldError(nameof(NewReferral.DateOfBirth), $"Date of birth must be on or before the referral date, {record.ReferralDate:d MMMM yyyy}")
            : p).ToList();
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var group = record.SiblingGroupId ??= record.Id;
        var (newChild, newCase) = NewEpisode(referral, new Allocation(record.WorkerSubject, record.WorkerName, record.Team), record.IsSynthetic, now);
        newCase.SiblingGroupId = group;
        db.Children.Add(newChild);
        db.Cases.Add(newCase);
        var others = await db.Cases.Where(c => c.SiblingGroupId == group || c.Id == group)
            .Join(db.Children, c => c.ChildId, k => k.Id, (c, k) => new { k.Id, k.GivenName, k.FamilyName, k.DateOfBirth, k.IsRestricted })
            .Distinct().ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => o.Id != newChild.Id))
        {
            // The new child's record is not restricted, so it must not carry a restricted sibling's name or birth date.
            db.FamilyMembers.Add(other.IsRestricted
                ? new FamilyMember { ChildId = newChild.Id, Name = RestrictedSibling, Relationship = "Sibling", SiblingChildId = other.Id }
                : new FamilyMember { ChildId = newChild.Id, Name = $"{other.GivenName} {other.FamilyName}", Relationship = "Sibling", DateOfBirth = other.DateOfBirth, SiblingChildId = other.Id });
            db.FamilyMembers.Add(new FamilyMember { ChildId = other.Id, Name = newChild.FullName, Relationship = "Sibling", DateOfBirth = newChild.DateOfBirth, SiblingChildId = newChild.Id });
            Log(other.Id, who, AccessAction.Changed, "family", other.Id, now);
        }

        Log(newChild.Id, who, AccessAction.Created, "child", newChild.Id, now);
        Log(newChild.Id, who, AccessAction.Created, "case", newCase.Id, now);
        Log(child.Id, who, AccessAction.Changed, "case", record.Id, now);
        return newCase;
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
        var record = await db.Cases.AsNoTracking().WithDetail().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var allowed = child.MayBeOpenedBy(who);
        Log(child.Id, who, allowed ? AccessAction.Viewed : AccessAction.Refused, "case", record.Id, now);
        if (allowed)
        {
            await CaseVersions.KeepIfNewAsync(db, record, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return allowed ? (child, record) : null;
    }

    /// <summary>
    /// Moves a case to another stage if the move is allowed and nobody changed the case since <paramref name="expectedToken"/>.
    /// With <paramref name="includeSiblings"/>, the same move is made on every other open case of its sibling group at the
    /// same stage, all or none.
    /// </summary>
    /// <param name="startedFrom">The case's fields as the person's page loaded them, so that a conflict can say what changed since.</param>
    public Task<Outcome<CaseRecord>> MoveAsync(
        Guid caseId, StageTransition move, Guid expectedToken, StaffMember who, bool includeSiblings = false, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync(caseId, expectedToken, who, clock.GetUtcNow(), change => MoveAsync(change, move, who, includeSiblings, cancellationToken), startedFrom: startedFrom, cancellationToken: cancellationToken);
    }

    /// <summary>Makes the move on a case loaded for change; the caller saves. A step that needs authorisation is refused unless this person may give it.</summary>
    internal async Task<Outcome<CaseRecord>> MoveAsync(CaseForChange change, StageTransition move, StaffMember who, bool includeSiblings, CancellationToken cancellationToken)
    {
        var record = change.Case;
        if (StageRules.NeedsAuthorisation(record, move.To) && !StageRules.MayAuthorise(who, record))
        {
            return new Failure.Refused($"Moving the case to {CaseStages.DisplayName(move.To).ToLowerInvariant()} needs a team manager's authorisation, and nobody authorises their own case. Ask a team manager to authorise it");
        }

        var problems = StageRules.Check(record, move, Today).ToList();
        var siblings = includeSiblings && record.SiblingGroupId is { } group
            ? await db.Cases.WithDetail().Where(c => c.SiblingGroupId == group && c.Id != record.Id && c.Stage == record.Stage).ToListAsync(cancellationToken)
            : [];
        var siblingChildren = await SiblingChildrenAsync(siblings, cancellationToken);
        if (siblingChildren.Values.Any(c => !c.MayBeOpenedBy(who)))
        {
            problems.Add(new("IncludeSiblings", "The sibling group includes a restricted record you cannot open, so it cannot be moved together. Move this case alone"));
        }

        foreach (var sibling in siblings)
        {
            problems.AddRange(StageRules.Check(sibling, move, Today)
                .Where(p => !problems.Contains(p))
                .Select(p => p with { Message = $"{siblingChildren[sibling.ChildId].Reference}: {p.Message}" }));
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        foreach (var moving in siblings.Prepend(record))
        {
            StageRules.Apply(moving, move, who.Name, change.Now);
            Log(moving.ChildId, who, AccessAction.Changed, "case", moving.Id, change.Now);
        }

        return record;
    }

    /// <summary>
    /// Restricts a child's record to the named staff (user names or subjects), or lifts the restriction. The person
    /// restricting it is always named, so nobody locks themselves out. Team managers and administrators only.
    /// </summary>
    public async Task<Outcome<Child>> RestrictAsync(
        Guid childId, bool restricted, IReadOnlyList<string> permitted, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permitted);
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null || !who.MayRestrictRecords)
        {
            return new Failure.NotFound("child");
        }

        // A stale version is the conflict even when the save that won left this person out: they saw the record at that
        // version, and the conflict says nothing about the child.
        if (child.ConcurrencyToken != expectedToken)
        {
            return db.Refuse(RestrictionConflict);
        }

        if (!child.MayBeOpenedBy(who))
        {
            return db.Refuse(new Failure.NotFound("child"));
        }

        var names = permitted.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > 50 || names.Any(n => n.Length > 200))
        {
            return new Failure.Invalid("PermittedStaff", "Name at most 50 people, one user name of up to 200 characters a line");
        }

        var me = who.UserName.Length > 0 ? who.UserName : who.Subject;
        var (wasRestricted, before) = (child.IsRestricted, child.PermittedStaff.ToList());
        child.IsRestricted = restricted;
        child.PermittedStaff = restricted ? [.. names.Append(me).Distinct(StringComparer.OrdinalIgnoreCase)] : [];
        child.ConcurrencyToken = Guid.NewGuid();
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Changed, "restriction", child.Id, clock.GetUtcNow(), RestrictionChange.Describe(wasRestricted, before, restricted, child.PermittedStaff));
        return await db.SaveOrFailAsync(SavingChanges.Always(RestrictionConflict), cancellationToken: cancellationToken) is { } failure
            ? failure
            : child;
    }

    private static readonly Failure.Conflict RestrictionConflict =
        new("Someone else changed this record's access while you were working on it", []);

    public const int AccessLogShown = 500;

    /// <summary>
    /// The child's access log, newest first, at most <see cref="AccessLogShown"/> lines, with the logs of any records merged
    /// into theirs (which stay as they were written); filtered by person, action and days when asked.
    /// </summary>
    public async Task<IReadOnlyList<AccessLogEntry>> AccessLogAsync(Guid childId, AccessLogFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= AccessLogFilter.All;
        var merged = await db.Children.Where(c => c.MergedIntoChildId == childId).Select(c => c.Id).ToListAsync(cancellationToken);
        var lines = db.AccessLog.AsNoTracking().Where(a => a.ChildId == childId || merged.Contains(a.ChildId));
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            lines = lines.Where(a => a.StaffName == filter.Person);
        }

        if (filter.Action is { } action)
        {
            lines = lines.Where(a => a.Action == action);
        }

        if (filter.From is null && filter.To is null)
        {
            return await lines.OrderByDescending(a => a.Id).Take(AccessLogShown).ToListAsync(cancellationToken);
        }

        // SQLite cannot compare the stored times, so the days are applied here, to the lines already narrowed.
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        return [.. (await lines.OrderByDescending(a => a.Id).ToListAsync(cancellationToken))
            .Where(a => DateOnly.FromDateTime(a.At.UtcDateTime) is var day && day >= from && day <= to)
            .Take(AccessLogShown)];
    }

    /// <summary>Everyone named in the child's access log, for choosing whose lines to see.</summary>
    public async Task<IReadOnlyList<string>> AccessLogPeopleAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        var merged = await db.Children.Where(c => c.MergedIntoChildId == childId).Select(c => c.Id).ToListAsync(cancellationToken);
        return await db.AccessLog.AsNoTracking().Where(a => a.ChildId == childId || merged.Contains(a.ChildId))
            .Select(a => a.StaffName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<Guid, Child>> SiblingChildrenAsync(IReadOnlyList<CaseRecord> siblings, CancellationToken cancellationToken)
    {
        var ids = siblings.Select(s => s.ChildId).ToList();
        return ids.Count == 0 ? [] : await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>A sibling's referral with the case's reason and referrer, where the case has them.</summary>
    private static NewReferral ReferralDetailsOf(CaseRecord record, NewReferral sibling) => record.Referral is not { } details ? sibling with { Reason = null } : sibling with
    {
        Reason = details.Reason, ReferrerName = details.ReferrerName, ReferrerAgency = details.ReferrerAgency,
        ReferrerPhone = details.ReferrerPhone, ReferrerEmail = details.ReferrerEmail, ReferrerAnonymous = details.ReferrerAnonymous,
    };

    /// <summary>A new child and their referral episode, at the referral stage.</summary>
    private static (Child Child, CaseRecord Case) NewEpisode(NewReferral referral, Allocation worker, bool synthetic, DateTimeOffset now)
    {
        var child = Child.FromReferral(referral, CaseReferences.New("C"), synthetic, now);
        return (child, CaseRecord.Open(child, referral, CaseReferences.New("R"), worker, now));
    }

    private void Log(Guid childId, StaffMember who, AccessAction action, string recordType, Guid recordId, DateTimeOffset at) =>
        AccessLogWriter.Add(db, childId, who, action, recordType, recordId, at);
}
