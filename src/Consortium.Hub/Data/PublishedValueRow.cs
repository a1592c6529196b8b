namespace Consortium.Hub.Data;

/// <summary>
/// One published figure as the Department's file has it: a year, an area (England, a region or an authority, by the
/// ONS code published for that year), a series and the value as published (a number or a symbol).
/// </summary>
public sealed class PublishedValueRow
{
    public long Id { get; set; }

    /// <summary>The year the Department names it by: the reporting year ending 31 March, or the workforce year at 30 September.</summary>
    public int Year { get; set; }

    public required string Level { get; set; }

    public required string AreaCode { get; set; }

    public string? OldLaCode { get; set; }

    public required string AreaName { get; set; }

    public string? RegionCode { get; set; }

    public required string Indicator { get; set; }

    /// <summary>Exactly as published: a number, or <c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c>.</summary>
    public required string Value { get; set; }

    /// <summary>The value when it is a number; empty for a symbol.</summary>
    public decimal? Number { get; set; }
}
