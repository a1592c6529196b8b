using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.England;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Trends;

/// <summary>
/// Published and shared figures on one line of time (<see cref="LongTrend"/>), for one authority or every member.
/// The published side is read from the figures held in memory (<see cref="PublishedFigures"/>); the shared side is one
/// query for every authority asked for.
/// </summary>
public sealed class LongTrends(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, PublishedFigures published, HubReadCache cache)
{
    public Task<LongTrend> ForAuthorityAsync(HubAuthority authority, IndicatorCode code, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return cache.GetOrReadAsync(
            ("long-trend", authority.Code, code, kind, IndicatorCatalogue.Version),
            async ct => (await BuildAsync([authority], code, kind, ct))[0],
            cancellationToken);
    }

    public Task<MemberTrends> ForMembersAsync(IndicatorCode code, PeriodKind kind, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync(("member-trends", code, kind, IndicatorCatalogue.Version), async ct =>
        {
            var members = authorities.All.Where(a => a.IsConsortiumMember).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            return new MemberTrends(IndicatorCatalogue.Get(code), PublishedIndicatorMap.For(code), kind, await BuildAsync(members, code, kind, ct));
        }, cancellationToken);

    /// <summary>The authority's ten published statistical neighbours for a reporting year; none when the indicator is not published.</summary>
    public async Task<NeighbourFigures?> NeighboursAsync(HubAuthority authority, IndicatorCode code, ReportingPeriod year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(year);
        var mapping = PublishedIndicatorMap.For(code);
        if (mapping.Series is null || year.Kind != PeriodKind.ReportingYear)
        {
            return null;
        }

        var set = await published.CurrentAsync(cancellationToken);
        return NeighbourFigures.Of(set, mapping, authority.Code, year.Start.Year + 1);
    }

    /// <summary>The reporting years the Department published, newest first.</summary>
    public async Task<IReadOnlyList<ReportingPeriod>> PublishedYearsAsync(CancellationToken cancellationToken = default) =>
        [.. (await published.CurrentAsync(cancellationToken)).Years.Reverse().Select(y => ReportingPeriod.Year(y - 1))];

    private async Task<IReadOnlyList<LongTrend>> BuildAsync(IReadOnlyList<HubAuthority> list, IndicatorCode code, PeriodKind kind, CancellationToken cancellationToken)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var mapping = PublishedIndicatorMap.For(code);
        var set = await published.CurrentAsync(cancellationToken);
        var codes = list.Select(a => a.Code).ToList();
        List<StoredIndicatorValue> shared;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            shared = await db.IndicatorValues.AsNoTracking()
                .Where(v => codes.Contains(v.AuthorityCode) && v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == kind)
                .ToListAsync(cancellationToken);
        }

        var byAuthority = shared.ToLookup(v => v.AuthorityCode, StringComparer.Ordinal);
        return [.. list.Select(authority =>
        {
            var own = PublishedSeries.Of(set, mapping, authority.Code);
            return new LongTrend(
                authority,
                indicator,
                mapping,
                kind,
                set.RegionOf(authority.Code)?.Name ?? authority.RegionName,
                own.Points,
                Shared(indicator, [.. byAuthority[authority.Code].OrderBy(v => v.PeriodStart)]),
                own.FormedIn,
                own.Predecessors);
        })];
    }

    /// <summary>Each shared period in order, flagged when its value moved implausibly since the period before it.</summary>
    private static List<SharedPoint> Shared(IndicatorDefinition indicator, List<StoredIndicatorValue> values)
    {
        var points = new List<SharedPoint>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var period = values[i].Period;
            var before = i > 0 && values[i - 1].Period == period.Previous() ? values[i - 1] : null;
            points.Add(new SharedPoint(period, values[i], ComparedValue.Of(indicator, values[i]),
                MovementCheck.Check(indicator, period.Previous(), IndicatorComparison.Headline(before), IndicatorComparison.Headline(values[i]))));
        }

        return points;
    }
}
