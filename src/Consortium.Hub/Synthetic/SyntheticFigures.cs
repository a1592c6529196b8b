using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Synthetic;

/// <summary>
/// The authorities whose figures the hub holds were computed from synthetic (demo) records, so every hub page can
/// say so. Asked on every page, so kept for a few seconds.
/// </summary>
public sealed class SyntheticFigures(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry registry, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);
    private volatile Held? _held;

    public async Task<IReadOnlyList<HubAuthority>> AuthoritiesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_held is { } held && now - held.At < KeptFor)
        {
            return held.Authorities;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.SnapshotHeads.AsNoTracking().Where(h => h.FromSyntheticRecords).Select(h => h.AuthorityCode).Distinct().ToListAsync(cancellationToken);
        IReadOnlyList<HubAuthority> found = [.. codes.Select(registry.Find).OfType<HubAuthority>().OrderBy(a => a.Name, StringComparer.Ordinal)];
        _held = new Held(now, found);
        return found;
    }

    private sealed record Held(DateTimeOffset At, IReadOnlyList<HubAuthority> Authorities);
}
