using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>One revision of the safety plan, as it was written; revisions are never changed.</summary>
public sealed record PlanRevisionView(
    int Revision,
    PlanStatus Status,
    IReadOnlyList<PlanRuleView> Rules,
    string WarningSigns,
    string BottomLines,
    string ChildsVersion,
    DateOnly? ReviewOn,
    IReadOnlyList<PlanAgreerView> AgreedBy,
    DateOnly? AgreedOn,
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
            [.. revision.AgreedBy.Select(a => new PlanAgreerView(a.Kind, a.Name, a.Role, a.PersonId))],
            revision.AgreedOn,
            revision.RevisedBy,
            revision.RevisedAt);
    }
}
