using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Synthetic;

/// <summary>
/// The authorities whose figures the hub holds were computed from synthetic (demo) records, so every hub page can
/// say so. Asked on every page, so kept until a snapshot changes what the hub holds (<see cref="HubReadCache"/>).
/// </summary>
public sealed class SyntheticFigures(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry registry, HubReadCache cache)
{
    public Task<IReadOnlyList<HubAuthority>> AuthoritiesAsync(CancellationToken cancellationToken) =>
        cache.GetOrReadAsync("synthetic-figures", ReadAsync, cancellationToken);

    private async Task<IReadOnlyList<HubAuthority>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.SnapshotHeads.AsNoTracking().Where(h => h.FromSyntheticRecords).Select(h => h.AuthorityCode).Distinct().ToListAsync(cancellationToken);
        return [.. codes.Select(registry.Find).OfType<HubAuthority>().OrderBy(a => a.Name, StringComparer.Ordinal)];
    }
}
