using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Consortium.Hub.Data;

/// <summary>
/// What the hub's pages read alike for many requests (a comparison, a trend, the periods with data), kept in memory
/// until the figures change. Every key carries the data version, the id of the newest snapshot receipt, which the
/// ingestor writes in the same transaction as any change to the values it holds (so a snapshot received by this process
/// or another on the same database moves it), and the generation of the published figures held in memory; an entry of an
/// older version is never read again and ages out. The hub has no tenants: what a key names (indicator, period, kind,
/// authority, catalogue version) is all that selects the figures, the same for every lead and analyst. Entries are
/// counted (at most <see cref="Entries"/>) and dropped after <see cref="Unused"/> without a reader.
/// </summary>
public sealed class HubReadCache(IDbContextFactory<HubDbContext> contexts, PublishedFigures published) : IDisposable
{
    public const int Entries = 2_000;
    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Entries });

    /// <summary>The value kept for <paramref name="key"/> at the current data version, read by <paramref name="read"/> when there is none.</summary>
    public async Task<T> GetOrReadAsync<T>(object key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        var versioned = new VersionedKey(await VersionAsync(cancellationToken), published.Generation, key);
        if (_cache.TryGetValue(versioned, out var held) && held is T found)
        {
            return found;
        }

        var value = await read(cancellationToken);
        _cache.Set(versioned, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });
        return value;
    }

    /// <summary>
    /// What the figures read now are worked out from (the data version and the published generation), for a page to key
    /// what it draws from them by, beside what it asked for.
    /// </summary>
    public async Task<string> StampAsync(CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version}.{published.Generation}");
    }

    /// <summary>The id of the newest snapshot receipt (0 before any): one seek on the primary key.</summary>
    private async Task<long> VersionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SnapshotReceipts.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record VersionedKey(long Version, long PublishedGeneration, object Key);
}
