namespace Consortium.Hub.Published;

/// <summary>How many rows of each published file were loaded.</summary>
public sealed record PublishedLoadResult(int Values, int Areas, int Population, int Neighbours);
