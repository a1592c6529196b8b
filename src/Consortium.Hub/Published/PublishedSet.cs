using System.Collections.Frozen;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Data;

namespace Consortium.Hub.Published;

/// <summary>
/// Everything loaded from the Department's published files, held in memory for reading (about 80,000 values). Former
/// and other codes are resolved here: a series follows an authority across a change of ONS code, and an authority
/// formed by a reorganisation has its predecessors beside its series with the break marked.
/// </summary>
public sealed class PublishedSet
{
    public const string EnglandCode = "E92000001";
    private const string Current = "current";
    private const string OtherCode = "other code of current LA";
    private const string Former = "former LA";
    private const string LocalAuthority = "Local authority";

    private readonly FrozenDictionary<(string Area, string Indicator), PublishedYearValue[]> _series;
    private readonly FrozenDictionary<(string Indicator, int Year), PublishedYearValue[]> _byYear;
    private readonly FrozenDictionary<string, string[]> _ownCodes;
    private readonly FrozenDictionary<string, PublishedAreaRow[]> _predecessors;
    private readonly FrozenDictionary<string, string[]> _currentCodes;
    private readonly FrozenDictionary<string, PublishedNeighbour[]> _neighbours;
    private readonly FrozenDictionary<(string Area, int MidYear), int?> _children;
    private readonly FrozenSet<string> _indicators;
    private readonly FrozenDictionary<string, (string Code, string Name)> _regions;

    public PublishedSet(IEnumerable<PublishedValueRow> values, IEnumerable<PublishedAreaRow> areas, IEnumerable<PublishedPopulationRow> population, IEnumerable<PublishedNeighbourRow> neighbours)
    {
        var all = values.ToList();
        var areaRows = areas.ToList();
        _series = all
            .GroupBy(v => (v.AreaCode, v.Indicator))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(v => v.Year).Select(ToValue).ToArray());
        _byYear = all
            .GroupBy(v => (v.Indicator, v.Year))
            .ToFrozenDictionary(g => g.Key, g => g.Select(ToValue).ToArray());
        _indicators = all.Select(v => v.Indicator).ToFrozenSet(StringComparer.Ordinal);

        Authorities = [.. areaRows.Where(a => a.Status == Current)
            .Select(a => new PublishedAuthority(a.NewLaCode, a.OldLaCode, a.Name, a.RegionCode, a.RegionName))
            .OrderBy(a => a.Name, StringComparer.Ordinal)];
        _ownCodes = Authorities.ToFrozenDictionary(
            a => a.Code,
            a => (string[])[a.Code, .. areaRows.Where(o => o.Status == OtherCode && o.MapsTo == a.Code).Select(o => o.NewLaCode)],
            StringComparer.Ordinal);
        _predecessors = Authorities.ToFrozenDictionary(
            a => a.Code,
            a => areaRows.Where(o => o.Status == Former && Successors(o).Contains(a.Code)).OrderBy(o => o.NewLaCode, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        _currentCodes = areaRows
            .Where(a => a.Status is Current or OtherCode or Former)
            .GroupBy(a => a.NewLaCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(a => a.Status == Current ? [a.NewLaCode] : Successors(a)).Distinct().ToArray(), StringComparer.Ordinal);
        _neighbours = neighbours
            .GroupBy(n => n.AreaCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(n => n.Rank).Select(n => new PublishedNeighbour(n.Rank, n.NeighbourCode, n.NeighbourName, n.Closeness)).ToArray(), StringComparer.Ordinal);
        _children = population.ToFrozenDictionary(p => (p.AreaCode, p.MidYear), p => p.Children);
        Years = [.. all.Select(v => v.Year).Distinct().Order()];
        _regions = areaRows
            .GroupBy(a => a.NewLaCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (g.First().RegionCode, g.First().RegionName), StringComparer.Ordinal);
    }

    /// <summary>Each trend worked out once: the set never changes (a new load makes a new set).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string AreaCode, string Indicator), PublishedTrend> _trends = new();

    public static PublishedSet Empty { get; } = new([], [], [], []);

    /// <summary>The 153 current authorities, by name.</summary>
    public IReadOnlyList<PublishedAuthority> Authorities { get; }

    /// <summary>The years with any published value, oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    public bool IsEmpty => _series.Count == 0;

    public bool HasIndicator(string indicator) => _indicators.Contains(indicator);

    /// <summary>A value exactly as published for that code, series and year; none where the file has no row.</summary>
    public PublishedYearValue? Value(string areaCode, string indicator, int year) =>
        _series.TryGetValue((areaCode, indicator), out var series) ? Array.Find(series, v => v.Year == year) : null;

    /// <summary>Every area's value of a series for a year (England, regions, authorities), as published.</summary>
    public IReadOnlyList<PublishedYearValue> AllFor(string indicator, int year) =>
        _byYear.TryGetValue((indicator, year), out var values) ? values : [];

    /// <summary>A current authority's series (or England's or a region's), across its other ONS codes, with any predecessors beside it.</summary>
    public PublishedTrend Trend(string areaCode, string indicator) => _trends.GetOrAdd((areaCode, indicator), key => ReadTrend(key.AreaCode, key.Indicator));

    private PublishedTrend ReadTrend(string areaCode, string indicator)
    {
        var codes = _ownCodes.GetValueOrDefault(areaCode) ?? [areaCode];
        var points = codes
            .SelectMany(code => _series.GetValueOrDefault((code, indicator)) ?? [])
            .GroupBy(v => v.Year)
            .Select(g => g.FirstOrDefault(v => v.AreaCode == areaCode) ?? g.First())
            .OrderBy(v => v.Year)
            .ToList();
        var predecessors = (_predecessors.GetValueOrDefault(areaCode) ?? [])
            .Select(p => new PublishedPredecessor(p.NewLaCode, p.Name, _series.GetValueOrDefault((p.NewLaCode, indicator)) ?? []))
            .ToList();
        return new PublishedTrend(indicator, points, predecessors, predecessors.Count > 0 && points.Count > 0 ? points[0].Year : null);
    }

    /// <summary>The current code(s) of any code in the files: itself when current, the authority's when another of its codes, the successors' of a former authority.</summary>
    public IReadOnlyList<string> CurrentCodesOf(string code) => _currentCodes.GetValueOrDefault(code) ?? [];

    /// <summary>The nine-region code and name of any authority code in the files (London boroughs are London, not Inner or Outer London).</summary>
    public (string Code, string Name)? RegionOf(string areaCode) => _regions.TryGetValue(areaCode, out var region) ? region : null;

    public IReadOnlyList<PublishedNeighbour> NeighboursOf(string areaCode) => _neighbours.GetValueOrDefault(areaCode) ?? [];

    /// <summary>Children aged 0-17 at a mid-year; none where not published (<c>x</c>) or unknown.</summary>
    public int? Children(string areaCode, int midYear) => _children.GetValueOrDefault((areaCode, midYear));

    /// <summary>The published figure of a catalogue indicator's series for an area and reporting year; none when not published.</summary>
    public PublishedFigure? For(string areaCode, IndicatorCode indicator, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var series = PublishedIndicatorMap.For(indicator).Series;
        if (series is null || period.Kind != PeriodKind.ReportingYear)
        {
            return null;
        }

        var year = period.Start.Year + 1;
        var value = Trend(areaCode, series).Points.FirstOrDefault(p => p.Year == year);
        return value is null ? null : Figure(value, indicator);
    }

    /// <summary>An area's published values of a catalogue indicator, oldest first (its own line, not its predecessors').</summary>
    public IReadOnlyList<PublishedFigure> Series(string areaCode, IndicatorCode indicator) =>
        PublishedIndicatorMap.For(indicator).Series is { } series
            ? [.. Trend(areaCode, series).Points.Select(p => Figure(p, indicator))]
            : [];

    /// <summary>The Department's year ending 31 March of <paramref name="value"/> as the hub's reporting year (2025 is 2024-25).</summary>
    public static PublishedFigure Figure(PublishedYearValue value, IndicatorCode indicator)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PublishedFigure(value.AreaCode, value.AreaName, ReportingPeriod.Year(value.Year - 1), indicator, value.Number, value.Value);
    }

    private static string[] Successors(PublishedAreaRow area) =>
        area.MapsTo?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static PublishedYearValue ToValue(PublishedValueRow row) => new(row.Year, row.AreaCode, row.AreaName, row.Value, row.Number, row.Level == LocalAuthority);
}
