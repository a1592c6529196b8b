using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>A case's safety network and the revisions of its safety plan.</summary>
public sealed class SafetyPlanningService(PracticeDbContext db, TimeProvider clock)
{
    public async Task<SafetyPlanning?> OpenAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not var (child, record))
        {
            return null;
        }

        AccessLogWriter.Add(db, child.Id, who, AccessAction.Viewed, "safety plan", caseId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        // A network is a handful of people; ordered here because SQLite cannot order by a DateTimeOffset.
        var network = (await db.SafetyNetwork.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync(cancellationToken)).OrderBy(m => m.AddedAt).ToList();
        var revisions = await db.SafetyPlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.Revision).ToListAsync(cancellationToken);
        return new SafetyPlanning(record, child, network, revisions);
    }

    public async Task<Outcome<SafetyNetworkMember>> AddMemberAsync(Guid caseId, NetworkMemberInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OpenAsync(caseId, who, cancellationToken) is not { } planning)
        {
            return new Failure.NotFound("case");
        }

        var problems = input.Validate();
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var member = new SafetyNetworkMember
        {
            CaseId = caseId,
            Name = input.Name!.Trim(),
            Relationship = input.Relationship!.Trim(),
            Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim(),
            KnowsDangerStatements = input.KnowsDangerStatements,
            Role = (input.Role ?? "").Trim(),
            AddedAt = now,
        };
        db.SafetyNetwork.Add(member);
        AccessLogWriter.Add(db, planning.Child.Id, who, AccessAction.Changed, "safety network", caseId, now);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>Writes the next revision of the plan if <paramref name="basedOnRevision"/> is still the latest (0 for the first).</summary>
    public async Task<Outcome<SafetyPlanRevision>> ReviseAsync(Guid caseId, PlanInput input, int basedOnRevision, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OpenAsync(caseId, who, cancellationToken) is not { } planning)
        {
            return new Failure.NotFound("case");
        }

        var latest = planning.Current?.Revision ?? 0;
        if (latest != basedOnRevision)
        {
            return db.Refuse(Conflict(planning, input, basedOnRevision));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = input.Validate(today, [.. planning.Network.Select(m => m.Id)]);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var revision = new SafetyPlanRevision
        {
            CaseId = caseId,
            Revision = latest + 1,
            Status = input.Status!.Value,
            Rules = [.. input.Rules.Where(r => !string.IsNullOrWhiteSpace(r.Rule)).Select(r => new PlanRule { Rule = r.Rule!.Trim(), ResponsibleMembers = [.. r.Responsible.Distinct()] })],
            WarningSigns = (input.WarningSigns ?? "").Trim(),
            BottomLines = (input.BottomLines ?? "").Trim(),
            ChildsVersion = (input.ChildsVersion ?? "").Trim(),
            ReviewOn = input.ReviewOn,
            RevisedBy = who.Name,
            RevisedAt = now,
        };
        db.SafetyPlans.Add(revision);
        AccessLogWriter.Add(db, planning.Child.Id, who, AccessAction.Changed, "safety plan", caseId, now);
        // Another revision can take the same number between our read and our write: the unique index refuses ours.
        Task<Failure> RevisedFirst() => ConflictNowAsync(caseId, planning, input, basedOnRevision, cancellationToken);
        return await db.SaveOrFailAsync(RevisedFirst, RevisedFirst, cancellationToken) is { } failure
            ? failure
            : revision;
    }

    private async Task<Failure> ConflictNowAsync(Guid caseId, SafetyPlanning planning, PlanInput yours, int basedOnRevision, CancellationToken cancellationToken)
    {
        var revisions = await db.SafetyPlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.Revision).ToListAsync(cancellationToken);
        return Conflict(planning with { Revisions = revisions }, yours, basedOnRevision);
    }

    /// <summary>
    /// What changed since the revision the person started from, field by field (0 is the unwritten plan). A revision
    /// number that is not one of this case's (an altered form) gives no starting point, so every field that differs
    /// from the person's input is shown instead.
    /// </summary>
    private static Failure.Conflict Conflict(SafetyPlanning planning, PlanInput yours, int basedOnRevision)
    {
        if (planning.Current is not { } current)
        {
            return new Failure.Conflict("The revision you started from is not the latest", []) { Version = "0" };
        }

        var startedFrom = basedOnRevision == 0 ? PlanFields.Of((SafetyPlanRevision?)null, planning.Network).Values : planning.Revisions.FirstOrDefault(r => r.Revision == basedOnRevision) is { } from ? PlanFields.Of(from, planning.Network).Values : null;
        return Failure.Conflict.Of(
            $"{current.RevisedBy} saved revision {current.Revision} of this plan {SavedAt.Words(current.RevisedAt)}, while you were working on it",
            FieldChanges.Between(startedFrom, PlanFields.Of(current, planning.Network), PlanFields.Of(yours, planning.Network)),
            current.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
