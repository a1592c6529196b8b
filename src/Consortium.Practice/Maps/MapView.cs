using Consortium.Practice.Casework;

namespace Consortium.Practice.Maps;

/// <summary>A map with its child and case, every person's ratings, and whether it is the case's latest version.</summary>
public sealed record MapView(SafetyMap Map, Child Child, CaseRecord Case, IReadOnlyList<SafetyRating> Ratings, bool IsLatest);
