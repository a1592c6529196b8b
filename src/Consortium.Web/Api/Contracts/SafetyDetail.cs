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
