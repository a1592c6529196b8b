using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Comparison;

/// <summary>
/// LAIT's comparison: one indicator and period, every authority side by side with rank and quartile band, the median
/// of the authorities compared, each authority's statistical neighbours and region (<see cref="ComparatorGroups"/>),
/// England and the Department's published figures, and flags on implausible movements since the previous period.
/// Values of the current catalogue version only.
/// </summary>
public sealed class IndicatorComparison(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, PublishedFigures published, ComparatorGroups groups, HubReadCache cache)
{
    /// <summary>The periods with any value of the indicator, latest first.</summary>
    public Task<IReadOnlyList<ReportingPeriod>> PeriodsWithDataAsync(IndicatorCode indicator, CancellationToken cancellationToken = default) =>
        cache.GetOrReadAsync(("periods", indicator, IndicatorCatalogue.Version), ct => ReadPeriodsWithDataAsync(indicator, ct), cancellationToken);

    private async Task<IReadOnlyList<ReportingPeriod>> ReadPeriodsWithDataAsync(IndicatorCode indicator, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator == indicator && v.CatalogueVersion == IndicatorCatalogue.Version)
            .Select(v => new { v.PeriodKind, v.PeriodStart })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. keys.Select(k => new ReportingPeriod(k.PeriodKind, k.PeriodStart))
            .OrderBy(p => p.Kind == PeriodKind.ReportingYear ? 0 : p.Kind == PeriodKind.Quarter ? 1 : 2)
            .ThenByDescending(p => p.Start)];
    }

    /// <summary>
    /// The default period: the latest complete reporting year with data, else the latest complete quarter, else the
    /// latest complete month; only when nothing with data is complete, the latest period.
    /// </summary>
    public static ReportingPeriod? DefaultPeriod(IReadOnlyList<ReportingPeriod> periodsWithData, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periodsWithData);
        var complete = periodsWithData.Where(p => p.IsCompleteOn(today)).ToList();
        return new[] { PeriodKind.ReportingYear, PeriodKind.Quarter, PeriodKind.Month }
            .Select(kind => complete.Where(p => p.Kind == kind).MaxBy(p => p.Start))
            .FirstOrDefault(p => p is not null)
            ?? periodsWithData.MaxBy(p => p.Start);
    }

    public Task<ComparisonTable> CompareAsync(IndicatorCode code, ReportingPeriod period, IReadOnlyList<ReportingPeriod> periodsWithData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(periodsWithData);
        return cache.GetOrReadAsync(("compare", code, period, IndicatorCatalogue.Version, periodsWithData.Count), ct => ReadAsync(code, period, periodsWithData, ct), cancellationToken);
    }

    private async Task<ComparisonTable> ReadAsync(IndicatorCode code, ReportingPeriod period, IReadOnlyList<ReportingPeriod> periodsWithData, CancellationToken cancellationToken)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var previousPeriod = period.Previous();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator == code && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == period.Kind
                && (v.PeriodStart == period.Start || v.PeriodStart == previousPeriod.Start))
            .ToListAsync(cancellationToken);
        var current = values.Where(v => v.PeriodStart == period.Start).ToDictionary(v => v.AuthorityCode, StringComparer.Ordinal);
        var previous = values.Where(v => v.PeriodStart == previousPeriod.Start).ToDictionary(v => v.AuthorityCode, StringComparer.Ordinal);

        var compared = authorities.All
            .Select(a => (Key: a.Code, Value: ComparedValue.Of(indicator, current.GetValueOrDefault(a.Code))))
            .Where(p => p.Value is not null)
            .Select(p => (p.Key, Value: p.Value!.Value))
            .ToList();
        var ranks = QuartileBanding.Rank(compared, indicator.Polarity);
        var comparedByCode = compared.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var figures = await published.CurrentAsync(cancellationToken);

        var rows = authorities.All.Select(authority =>
        {
            var value = current.GetValueOrDefault(authority.Code);
            var flag = MovementCheck.Check(indicator, previousPeriod, Headline(previous.GetValueOrDefault(authority.Code)), Headline(value));
            return new ComparisonRow(
                authority,
                value,
                ComparedValue.Of(indicator, value),
                ranks.TryGetValue(authority.Code, out var rank) ? rank : null,
                figures.For(authority.Code, code, period),
                groups.For(authority, comparedByCode),
                flag);
        }).ToList();

        var england = figures.For(PublishedSet.EnglandCode, code, period);
        decimal? englandRate = PublishedIndicatorMap.For(code).RateSeries is { } rateSeries
            ? figures.Value(PublishedSet.EnglandCode, rateSeries, period.Start.Year + 1)?.Number
            : null;
        return new ComparisonTable(indicator, period, periodsWithData, rows, Median.Of(compared.Select(c => c.Value)), england, englandRate);
    }

    /// <summary>The headline value of an available value (a count, a percentage, a median), for movement checks.</summary>
    internal static decimal? Headline(StoredIndicatorValue? value) =>
        value is { Status: Contracts.Messages.ValueStatus.Available } ? value.Value : null;
}
