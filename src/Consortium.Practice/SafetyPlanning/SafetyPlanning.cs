using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.SafetyPlanning;

public sealed record SafetyPlanning(CaseRecord Case, Child Child, IReadOnlyList<SafetyNetworkMember> Network, IReadOnlyList<SafetyPlanRevision> Revisions)
{
    public SafetyPlanRevision? Current => Revisions.Count == 0 ? null : Revisions[0];
}
