using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>A case's safety network and the revisions of its safety plan.</summary>
public sealed class SafetyPlanningService(PracticeDbContext db, TimeProvider clock, StaffDirectory directory)
{
    /// <summary>Who may be chosen as having agreed the plan besides staff: the child's family (not siblings, who have their own records) and the case's safety network.</summary>
    public async Task<IReadOnlyList<PlanAgreer>> FamilyToChooseAsync(SafetyPlanning planning, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var family = await db.FamilyMembers.AsNoTracking().Where(f => f.ChildId == planning.Child.Id && f.SiblingChildId == null).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return [
            .. family.Select(f => new PlanAgreer { Kind = AgreerKind.Family, PersonId = f.Id, Name = f.Name, Role = f.Relationship }),
            .. planning.Network.Select(m => new PlanAgreer { Kind = AgreerKind.Network, PersonId = m.Id, Name = m.Name, Role = m.Relationship }),
        ];
    }

    /// <summary>The people chosen as having agreed the plan, staff first, each in the order chosen; and the problems with any who cannot be chosen.</summary>
    private async Task<(IReadOnlyList<PlanAgreer> Agreers, IReadOnlyList<FieldError> Problems)> AgreersAsync(SafetyPlanning planning, PlanInput input, CancellationToken cancellationToken)
    {
        var staffIds = input.AgreedByStaff.Distinct().ToList();
        var familyIds = input.AgreedByFamily.Distinct().ToList();
        var staff = await directory.ChosenAsync(staffIds, cancellationToken);
        var family = await FamilyToChooseAsync(planning, cancellationToken);
        var problems = new List<FieldError>();
        if (staff.Count != staffIds.Count)
        {
            problems.Add(new(nameof(PlanInput.AgreedByStaff), "Choose staff who agreed the plan from the staff directory"));
        }

        var chosenFamily = familyIds.Select(id => family.FirstOrDefault(f => f.PersonId == id)).ToList();
        if (chosenFamily.Any(f => f is null))
        {
            problems.Add(new(nameof(PlanInput.AgreedByFamily), "Choose family members who agreed the plan from the child's family or the safety network"));
        }

        return ([
            .. staffIds.Select(id => staff.FirstOrDefault(s => s.Id == id)).OfType<StaffChoice>().Select(s => new PlanAgreer { Kind = AgreerKind.Staff, PersonId = s.Id, Name = s.Name, Role = s.JobTitle }),
            .. chosenFamily.OfType<PlanAgreer>(),
        ], problems);
    }

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

        var (agreers, agreerProblems) = await AgreersAsync(planning, input, cancellationToken);
        var latest = planning.Current?.Revision ?? 0;
        if (latest != basedOnRevision)
        {
            return db.Refuse(Conflict(planning, input, agreers, basedOnRevision));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = input.Validate(today, [.. planning.Network.Select(m => m.Id)]).Concat(agreerProblems).ToList();
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
            AgreedBy = [.. agreers],
            AgreedOn = agreers.Count == 0 ? null : input.AgreedOn,
            RevisedBy = who.Name,
            RevisedAt = now,
        };
        db.SafetyPlans.Add(revision);
        AccessLogWriter.Add(db, planning.Child.Id, who, AccessAction.Changed, "safety plan", caseId, now);
        // Another revision can take the same number between our read and our write: the unique index refuses ours.
        Task<Failure> RevisedFirst() => ConflictNowAsync(caseId, planning, input, agreers, basedOnRevision, cancellationToken);
        return await db.SaveOrFailAsync(RevisedFirst, RevisedFirst, cancellationToken) is { } failure
            ? failure
            : revision;
    }

    private async Task<Failure> ConflictNowAsync(Guid caseId, SafetyPlanning planning, PlanInput yours, IReadOnlyList<PlanAgreer> agreers, int basedOnRevision, CancellationToken cancellationToken)
    {
        var revisions = await db.SafetyPlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.Revision).ToListAsync(cancellationToken);
        return Conflict(planning with { Revisions = revisions }, yours, agreers, basedOnRevision);
    }

    /// <summary>
    /// What changed since the revision the person started from, field by field (0 is the unwritten plan). A revision
    /// number that is not one of this case's (an altered form) gives no starting point, so every field that differs
    /// from the person's input is shown instead.
    /// </summary>
    private static Failure.Conflict Conflict(SafetyPlanning planning, PlanInput yours, IReadOnlyList<PlanAgreer> agreers, int basedOnRevision)
    {
        if (planning.Current is not { } current)
        {
            return new Failure.Conflict("The revision you started from is not the latest", []) { Version = "0" };
        }

        var startedFrom = basedOnRevision == 0 ? PlanFields.Of((SafetyPlanRevision?)null, planning.Network).Values : planning.Revisions.FirstOrDefault(r => r.Revision == basedOnRevision) is { } from ? PlanFields.Of(from, planning.Network).Values : null;
        return Failure.Conflict.Of(
            $"{current.RevisedBy} saved revision {current.Revision} of this plan {SavedAt.Words(current.RevisedAt)}, while you were working on it",
            FieldChanges.Between(startedFrom, PlanFields.Of(current, planning.Network), PlanFields.Of(yours, planning.Network, agreers)),
            current.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
