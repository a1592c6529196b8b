namespace Consortium.Hub.Data;

/// <summary>One of an authority's ten statistical neighbours in the Department's 2025 model, 1 the closest.</summary>
public sealed class PublishedNeighbourRow
{
    public long Id { get; set; }

    public required string AreaCode { get; set; }

    public required string AreaName { get; set; }

    public int Rank { get; set; }

    public required string NeighbourCode { get; set; }

    public required string NeighbourName { get; set; }

    public string? Closeness { get; set; }
}
