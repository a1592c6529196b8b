namespace Consortium.Hub.Published;

/// <summary>A current authority of England as the published files name it, with its nine-region code.</summary>
public sealed record PublishedAuthority(string Code, string OldLaCode, string Name, string RegionCode, string RegionName);

/// <summary>One of an authority's statistical neighbours, 1 the closest.</summary>
public sealed record PublishedNeighbour(int Rank, string Code, string Name, string? Closeness);
