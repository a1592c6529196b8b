using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Comparison;

/// <summary>
/// An authority's own view: its trend for an indicator, and all indicators for its latest period, each beside the
/// median of all authorities and the means of its statistical neighbours and region (<see cref="ComparatorGroups"/>).
/// </summary>
public sealed class AuthorityProfile(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, PublishedFigures published, ComparatorGroups groups)
{
    public async Task<AuthorityTrend> TrendAsync(HubAuthority authority, IndicatorCode code, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var indicator = IndicatorCatalogue.Get(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.AuthorityCode == authority.Code && v.PeriodKind == kind && v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version)
            .OrderBy(v => v.PeriodStart)
            .ToListAsync(cancellationToken);

        // Only the number compared, of available values, for the median of all authorities and the comparator groups in each period.
        var all = db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == kind && v.Status == ValueStatus.Available);
        var compared = indicator.HasRate
            ? await all.Select(v => new { v.AuthorityCode, v.PeriodStart, Number = v.RatePer10000 }).ToListAsync(cancellationToken)
            : await all.Select(v => new { v.AuthorityCode, v.PeriodStart, Number = v.Value }).ToListAsync(cancellationToken);
        var byPeriod = compared
            .Where(v => v.Number is not null)
            .GroupBy(v => v.PeriodStart)
            .ToDictionary(g => g.Key, g => g.ToDictionary(v => v.AuthorityCode, v => v.Number!.Value, StringComparer.Ordinal));
        var medians = byPeriod.ToDictionary(p => p.Key, p => Median.Of(p.Value.Values));
        var noValues = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var points = new List<TrendPoint>(own.Count);
        for (var i = 0; i < own.Count; i++)
        {
            var period = own[i].Period;
            var before = i > 0 && own[i - 1].Period == period.Previous() ? own[i - 1] : null;
            var flag = MovementCheck.Check(indicator, period.Previous(), IndicatorComparison.Headline(before), IndicatorComparison.Headline(own[i]));
            points.Add(new TrendPoint(
                period,
                own[i],
                ComparedValue.Of(indicator, own[i]),
                medians.GetValueOrDefault(own[i].PeriodStart),
                groups.For(authority, byPeriod.GetValueOrDefault(own[i].PeriodStart) ?? noValues),
                flag));
        }

        var series = kind == PeriodKind.ReportingYear ? (await published.CurrentAsync(cancellationToken)).Series(authority.Code, code) : [];
        var publishedPoints = series.Select((figure, i) =>
        {
            var before = i > 0 && series[i - 1].Year == figure.Year.Previous() ? series[i - 1] : null;
            return new PublishedPoint(figure, MovementCheck.Check(indicator, figure.Year.Previous(), before?.Value, figure.Value));
        }).ToList();
        return new AuthorityTrend(authority, indicator, kind, points, publishedPoints);
    }

    public async Task<AuthorityLatest> LatestAsync(HubAuthority authority, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latestStart = await db.SnapshotHeads.AsNoTracking()
            .Where(h => h.AuthorityCode == authority.Code && h.PeriodKind == kind && h.CatalogueVersion == IndicatorCatalogue.Version && h.ValueCount > 0)
            .Select(h => (DateOnly?)h.PeriodStart)
            .MaxAsync(cancellationToken);
        if (latestStart is not { } start)
        {
            return new AuthorityLatest(authority, null, []);
        }

        var period = new ReportingPeriod(kind, start);
        var own = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.AuthorityCode == authority.Code && v.PeriodKind == kind && v.PeriodStart == start && v.CatalogueVersion == IndicatorCatalogue.Version)
            .ToDictionaryAsync(v => v.Indicator, cancellationToken);

        // Only what ranking needs, of available values of every authority that period.
        var available = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == kind && v.PeriodStart == start && v.Status == ValueStatus.Available)
            .Select(v => new { v.AuthorityCode, v.Indicator, v.Value, v.RatePer10000 })
            .ToListAsync(cancellationToken);
        var byIndicator = available.Where(v => authorities.Find(v.AuthorityCode) is not null).ToLookup(v => v.Indicator);
        var indicators = IndicatorCatalogue.All.Select(indicator =>
        {
            var compared = byIndicator[indicator.Code]
                .Select(v => (Key: v.AuthorityCode, Value: indicator.HasRate ? v.RatePer10000 : v.Value))
                .Where(p => p.Value is not null)
                .Select(p => (p.Key, Value: p.Value!.Value))
                .ToList();
            var ranks = QuartileBanding.Rank(compared, indicator.Polarity);
            var value = own.GetValueOrDefault(indicator.Code);
            var comparedByCode = compared.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            return new LatestIndicator(
                indicator,
                value,
                ComparedValue.Of(indicator, value),
                ranks.TryGetValue(authority.Code, out var rank) ? rank : null,
                compared.Count,
                Median.Of(compared.Select(c => c.Value)),
                groups.For(authority, comparedByCode));
        }).ToList();
        return new AuthorityLatest(authority, period, indicators);
    }
}
