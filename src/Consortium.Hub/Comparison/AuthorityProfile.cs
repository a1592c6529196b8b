using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Comparison;

/// <summary>An authority's own view: its trend for an indicator, and all indicators for its latest period.</summary>
public sealed class AuthorityProfile(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, PublishedFigures published)
{
    public async Task<AuthorityTrend> TrendAsync(HubAuthority authority, IndicatorCode code, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var indicator = IndicatorCatalogue.Get(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == kind)
            .ToListAsync(cancellationToken);
        var medians = values
            .GroupBy(v => v.PeriodStart)
            .ToDictionary(g => g.Key, g => Median.Of(g.Select(v => ComparedValue.Of(indicator, v)).OfType<decimal>()));
        var own = values.Where(v => v.AuthorityCode == authority.Code).OrderBy(v => v.PeriodStart).ToList();
        var points = new List<TrendPoint>(own.Count);
        for (var i = 0; i < own.Count; i++)
        {
            var period = own[i].Period;
            var before = i > 0 && own[i - 1].Period == period.Previous() ? own[i - 1] : null;
            var flag = MovementCheck.Check(indicator, period.Previous(), IndicatorComparison.Headline(before), IndicatorComparison.Headline(own[i]));
            points.Add(new TrendPoint(period, own[i], ComparedValue.Of(indicator, own[i]), medians[own[i].PeriodStart], flag));
        }

        var series = kind == PeriodKind.ReportingYear ? published.Series(authority.Code, code) : [];
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
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == kind && v.PeriodStart == start)
            .ToListAsync(cancellationToken);
        var known = values.Where(v => authorities.Find(v.AuthorityCode) is not null).ToLookup(v => v.Indicator);
        var indicators = IndicatorCatalogue.All.Select(indicator =>
        {
            var compared = known[indicator.Code]
                .Select(v => (Key: v.AuthorityCode, Value: ComparedValue.Of(indicator, v)))
                .Where(p => p.Value is not null)
                .Select(p => (p.Key, Value: p.Value!.Value))
                .ToList();
            var ranks = QuartileBanding.Rank(compared, indicator.Polarity);
            var own = known[indicator.Code].FirstOrDefault(v => v.AuthorityCode == authority.Code);
            return new LatestIndicator(
                indicator,
                own,
                ComparedValue.Of(indicator, own),
                ranks.TryGetValue(authority.Code, out var rank) ? rank : null,
                compared.Count,
                Median.Of(compared.Select(c => c.Value)));
        }).ToList();
        return new AuthorityLatest(authority, period, indicators);
    }
}
