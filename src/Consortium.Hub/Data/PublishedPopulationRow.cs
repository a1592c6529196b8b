namespace Consortium.Hub.Data;

/// <summary>The ONS mid-year estimate of children aged 0-17 for an area, as the Department republishes it.</summary>
public sealed class PublishedPopulationRow
{
    public long Id { get; set; }

    public required string AreaCode { get; set; }

    public string? OldLaCode { get; set; }

    public required string AreaName { get; set; }

    public required string Level { get; set; }

    public int MidYear { get; set; }

    public required string Value { get; set; }

    public int? Children { get; set; }
}
