using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Policy;

namespace Consortium.Synthetic;

/// <summary>
/// One synthetic referral: the child, any siblings referred with them (each gets their own episode in the same sibling
/// group and follows the same path), the stage moves that follow, the plan's meetings in date order (a review that
/// ends the plan makes a stage move), and the <see cref="Closure"/> that closes the case after them, if any.
/// </summary>
public sealed record SyntheticCase(NewReferral Referral, IReadOnlyList<NewReferral> Siblings, IReadOnlyList<StageTransition> Moves, IReadOnlyList<SyntheticMeeting> Meetings, StageTransition? Closure = null)
{
    public int Children => 1 + Siblings.Count;
}
