using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// A case's safety network and every revision of its safety plan, latest first. currentRevision (0 before the
/// first) is what a revision of the plan must send as basedOnRevision.
/// </summary>
public sealed record SafetyDetail(
    Guid CaseId,
    string CaseReference,
    ChildSummary Child,
    int CurrentRevision,
    IReadOnlyList<NetworkMemberView> Network,
    IReadOnlyList<PlanRevisionView> Revisions)
{
    public static SafetyDetail From(SafetyPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        return new(
            planning.Case.Id,
            planning.Case.Reference,
            new ChildSummary(planning.Child.Id, planning.Child.Reference, planning.Child.FullName),
            planning.Current?.Revision ?? 0,
            [.. planning.Network.Select(NetworkMemberView.From)],
            [.. planning.Revisions.Select(PlanRevisionView.From)]);
    }
}

/// <summary>Someone in the family's safety network.</summary>
public sealed record NetworkMemberView(Guid Id, string Name, string Relationship, string? Contact, bool KnowsDangerStatements, string Role, DateTimeOffset AddedAt)
{
    public static NetworkMemberView From(SafetyNetworkMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.Id, member.Name, member.Relationship, member.Contact, member.KnowsDangerStatements, member.Role, member.AddedAt);
    }
}

/// <summary>One revision of the safety plan, as it was written; revisions are never changed.</summary>
public sealed record PlanRevisionView(
    int Revision,
    PlanStatus Status,
    IReadOnlyList<PlanRuleView> Rules,
    string WarningSigns,
    string BottomLines,
    string ChildsVersion,
    DateOnly? ReviewOn,
    string RevisedBy,
    DateTimeOffset RevisedAt)
{
    public static PlanRevisionView From(SafetyPlanRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(
            revision.Revision,
            revision.Status,
            [.. revision.Rules.Select(r => new PlanRuleView(r.Rule, r.ResponsibleMembers))],
            revision.WarningSigns,
            revision.BottomLines,
            revision.ChildsVersion,
            revision.ReviewOn,
            revision.RevisedBy,
            revision.RevisedAt);
    }
}

/// <summary>An everyday rule of the plan and the network members (by id) who make sure it is kept.</summary>
public sealed record PlanRuleView(string Rule, IReadOnlyList<Guid> Responsible);

/// <summary>The body of a plan revision: the whole plan, and the revision it was written from (0 for the first).</summary>
public sealed record PlanRevisionRequest(
    int? BasedOnRevision,
    PlanStatus? Status,
    IReadOnlyList<PlanRuleRequest?>? Rules,
    string? WarningSigns,
    string? BottomLines,
    string? ChildsVersion,
    DateOnly? ReviewOn)
{
    public IReadOnlyList<FieldError> Validate() =>
        BasedOnRevision is >= 0 ? [] : [new(nameof(BasedOnRevision), "Send the currentRevision the plan was read with (0 for the first plan)")];

    public PlanInput ToInput() => new()
    {
        Status = Status,
        Rules = [.. (Rules ?? []).Select(r => (r?.Rule, (IReadOnlyList<Guid>)(r?.Responsible ?? [])))],
        WarningSigns = WarningSigns,
        BottomLines = BottomLines,
        ChildsVersion = ChildsVersion,
        ReviewOn = ReviewOn,
    };
}

/// <summary>A rule as sent, with the ids of the network members responsible for it.</summary>
public sealed record PlanRuleRequest(string? Rule, IReadOnlyList<Guid>? Responsible);
