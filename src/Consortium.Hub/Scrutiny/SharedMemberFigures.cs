using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Scrutiny;

/// <summary>The values the members shared for some indicators and one period, of the current catalogue version, by authority and indicator.</summary>
public sealed class SharedMemberFigures(IDbContextFactory<HubDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<(string Authority, IndicatorCode Indicator), StoredIndicatorValue>> ForAsync(
        ReportingPeriod period, IReadOnlyCollection<IndicatorCode> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => indicators.Contains(v.Indicator) && v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == period.Kind && v.PeriodStart == period.Start)
            .ToListAsync(cancellationToken);
        return values.ToDictionary(v => (v.AuthorityCode, v.Indicator));
    }
}
