using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Policy;

namespace Consortium.Synthetic;

/// <summary>A review conference (when <see cref="Review"/> is set) or core group meeting of a synthetic child protection plan.</summary>
public sealed record SyntheticMeeting(DateOnly HeldOn, ReviewInput? Review);
