namespace Consortium.Hub.Published;

/// <summary>
/// An authority's published series, oldest first, including years published under another ONS code of the same
/// authority. When it was formed by a reorganisation, <see cref="FirstYearAfterBreak"/> is its first year and the
/// authorities it replaced are beside it in <see cref="Predecessors"/>, never joined into its line.
/// </summary>
public sealed record PublishedTrend(string Indicator, IReadOnlyList<PublishedYearValue> Points, IReadOnlyList<PublishedPredecessor> Predecessors, int? FirstYearAfterBreak);

/// <summary>A former authority whose area is now (in whole or part) the authority's, with its own series.</summary>
public sealed record PublishedPredecessor(string Code, string Name, IReadOnlyList<PublishedYearValue> Points);
