using Consortium.Practice.Casework;

namespace Consortium.Practice.Maps;

/// <summary>A map with its child and case, every person's ratings, and whether it is the case's latest version.</summary>
public sealed record MapView(SafetyMap Map, Child Child, CaseRecord Case, IReadOnlyList<SafetyRating> Ratings, bool IsLatest);

public sealed record MapResult(SafetyMap? Map, IReadOnlyList<(string Field, string Message)> Problems, IReadOnlyList<string>? TheirChanges = null)
{
    public bool Succeeded => Map is not null;

    public bool IsConflict => TheirChanges is not null;

    public static MapResult NotFound { get; } = new(null, [(string.Empty, "There is no such map")]);
}
