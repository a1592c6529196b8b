namespace Consortium.Hub.Data;

/// <summary>
/// One code and name combination in the published files: a current authority, another ONS code of a current authority
/// (<see cref="MapsTo"/> is its current code), a former authority (<see cref="MapsTo"/> lists its successors, ';'), or a
/// workforce-only combined unit.
/// </summary>
public sealed class PublishedAreaRow
{
    public long Id { get; set; }

    public required string OldLaCode { get; set; }

    public required string NewLaCode { get; set; }

    public required string Name { get; set; }

    public required string RegionCode { get; set; }

    public required string RegionName { get; set; }

    public string? SubRegionCode { get; set; }

    public string? SubRegionName { get; set; }

    public required string Status { get; set; }

    public string? CinYears { get; set; }

    public string? WorkforceYears { get; set; }

    public string? MapsTo { get; set; }
}
