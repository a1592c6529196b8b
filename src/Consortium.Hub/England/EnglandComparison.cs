using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.England;

/// <summary>
/// The members against all of England: for a catalogue indicator the Department publishes and a reporting year, every
/// authority it published that year ranked on the same number (a percentage, or a count's rate per 10,000 children),
/// with ties sharing the lower rank and symbols (<c>c</c>, <c>x</c>, ...) left out of ranks and means; England and the
/// regions are the Department's own figures; each member's ten statistical neighbours (2025 model) with their values.
/// </summary>
public sealed class EnglandComparison(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, PublishedFigures published, HubReadCache cache)
{
    /// <summary>None when the indicator is not published or the period is not a reporting year.</summary>
    public async Task<EnglandTable?> CompareAsync(IndicatorCode code, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var mapping = PublishedIndicatorMap.For(code);
        if (mapping.Series is not { } series || period.Kind != PeriodKind.ReportingYear)
        {
            return null;
        }

        return await cache.GetOrReadAsync(("england", code, period, IndicatorCatalogue.Version), ct => ReadAsync(code, period, mapping, series, ct), cancellationToken);
    }

    private async Task<EnglandTable> ReadAsync(IndicatorCode code, ReportingPeriod period, PublishedIndicatorMapping mapping, string series, CancellationToken cancellationToken)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var set = await published.CurrentAsync(cancellationToken);
        var year = period.Start.Year + 1;
        var shared = await SharedAsync(code, period, cancellationToken);
        var members = authorities.All.Where(a => a.IsConsortiumMember).ToList();
        var memberCodes = members.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

        var values = set.AllFor(series, year).Where(v => v.IsAuthority).ToList();
        var rates = mapping.RateSeries is { } rateSeries
            ? set.AllFor(rateSeries, year).ToDictionary(v => v.AreaCode, StringComparer.Ordinal)
            : null;
        decimal? Compared(PublishedYearValue value) => rates is null ? value.Number : rates.GetValueOrDefault(value.AreaCode)?.Number;

        var ranks = QuartileBanding.Rank(
            values.Select(v => (v.AreaCode, Compared: Compared(v))).Where(v => v.Compared is not null).Select(v => (v.AreaCode, v.Compared!.Value)),
            indicator.Polarity);
        var rows = values
            .Select(v =>
            {
                var current = set.CurrentCodesOf(v.AreaCode);
                var sharedCode = current.Count == 1 ? current[0] : v.AreaCode;
                return new EnglandRow(
                    v.AreaCode,
                    v.AreaName,
                    set.RegionOf(v.AreaCode)?.Name ?? "",
                    current.Count == 1 && memberCodes.Contains(current[0]),
                    v,
                    rates?.GetValueOrDefault(v.AreaCode),
                    Compared(v),
                    ranks.TryGetValue(v.AreaCode, out var rank) ? rank : null,
                    shared.GetValueOrDefault(sharedCode));
            })
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        return new EnglandTable(
            indicator,
            mapping,
            period,
            rows,
            Area(set, mapping, PublishedSet.EnglandCode, "England", year),
            [.. members.Select(m => Neighbours(set, mapping, m, year))]);
    }

    private static AreaFigure Area(PublishedSet set, PublishedIndicatorMapping mapping, string code, string name, int year) => new(
        code,
        name,
        set.Trend(code, mapping.Series!).Points.FirstOrDefault(p => p.Year == year),
        mapping.RateSeries is { } rate ? set.Trend(code, rate).Points.FirstOrDefault(p => p.Year == year) : null);

    private static MemberNeighbours Neighbours(PublishedSet set, PublishedIndicatorMapping mapping, HubAuthority member, int year)
    {
        var region = set.RegionOf(member.Code);
        var neighbours = NeighbourFigures.Of(set, mapping, member.Code, year);
        return new MemberNeighbours(
            member,
            region is { } r ? Area(set, mapping, r.Code, r.Name, year) : new AreaFigure("", member.RegionName, null, null),
            neighbours.Neighbours,
            neighbours.Mean);
    }

    private async Task<Dictionary<string, StoredIndicatorValue>> SharedAsync(IndicatorCode code, ReportingPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == period.Kind && v.PeriodStart == period.Start)
            .ToDictionaryAsync(v => v.AuthorityCode, StringComparer.Ordinal, cancellationToken);
    }
}
