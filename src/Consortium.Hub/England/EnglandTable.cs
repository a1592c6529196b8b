using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Published;

namespace Consortium.Hub.England;

/// <summary>
/// One indicator and reporting year across every authority the Department published that year: rank and band among
/// those with a number, England and the regions as the Department published them, and each member's ten statistical
/// neighbours.
/// </summary>
public sealed record EnglandTable(
    IndicatorDefinition Indicator,
    PublishedIndicatorMapping Mapping,
    ReportingPeriod Period,
    IReadOnlyList<EnglandRow> Rows,
    AreaFigure England,
    IReadOnlyList<MemberNeighbours> Members)
{
    /// <summary>The Department's year: 2025 for 2024-25.</summary>
    public int PublishedYear => Period.Start.Year + 1;

    public int RankedCount => Rows.Count(r => r.Rank is not null);
}

/// <summary>
/// An authority as published for the year (under the code of that year), its value as published, the number it is
/// compared on (the rate per 10,000 for a count), rank and band, and for a member the figure it shared with the hub.
/// </summary>
public sealed record EnglandRow(
    string Code,
    string Name,
    string RegionName,
    bool IsMember,
    PublishedYearValue? Published,
    PublishedYearValue? PublishedRate,
    decimal? Compared,
    RankAndBand? Rank,
    StoredIndicatorValue? Shared);

/// <summary>England or a region as the Department published it: the value and, for a count, its rate.</summary>
public sealed record AreaFigure(string Code, string Name, PublishedYearValue? Value, PublishedYearValue? Rate);

/// <summary>A member's region and its ten statistical neighbours with their published values, and their mean.</summary>
public sealed record MemberNeighbours(HubAuthority Member, AreaFigure Region, IReadOnlyList<NeighbourValue> Neighbours, GroupMean Mean);

/// <summary>One neighbour, 1 the closest, with its published value and the number compared (none when a symbol or not published).</summary>
public sealed record NeighbourValue(int Rank, string Code, string Name, PublishedYearValue? Value, decimal? Compared);
