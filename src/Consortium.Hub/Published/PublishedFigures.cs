using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Published;

/// <summary>
/// The Department's published figures as loaded into the hub database, read once into memory and read again after a
/// load (<see cref="PublishedFiguresLoader"/>). Empty until something is loaded.
/// </summary>
public sealed class PublishedFigures(IDbContextFactory<HubDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PublishedSet? _current;
    private long _generation;

    /// <summary>Moves on every <see cref="Invalidate"/>, so what was worked out from the figures read before can be told apart.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async Task<PublishedSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded)
            {
                return loaded;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var set = new PublishedSet(
                await db.PublishedValues.AsNoTracking().ToListAsync(cancellationToken),
                await db.PublishedAreas.AsNoTracking().ToListAsync(cancellationToken),
                await db.PublishedPopulation.AsNoTracking().ToListAsync(cancellationToken),
                await db.PublishedNeighbours.AsNoTracking().ToListAsync(cancellationToken));
            _current = set;
            return set;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets what was read, so the next reader sees the newly loaded figures.</summary>
    public void Invalidate()
    {
        _current = null;
        Interlocked.Increment(ref _generation);
    }

    public void Dispose() => _gate.Dispose();
}
