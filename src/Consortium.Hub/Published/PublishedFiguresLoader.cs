using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Published;

/// <summary>
/// Loads the Department's published figures into the hub database, replacing whatever was loaded before in one
/// transaction: at first start from the copy shipped with the build, and by the operator's
/// <c>published load --from</c> when the Department publishes a new year.
/// </summary>
public sealed class PublishedFiguresLoader(IDbContextFactory<HubDbContext> contexts, PublishedFigures figures)
{
    private const int Batch = 5_000;

    public async Task<PublishedLoadResult> LoadAsync(PublishedFiles files, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        files.CheckColumns();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PublishedValues.ExecuteDeleteAsync(cancellationToken);
        await db.PublishedAreas.ExecuteDeleteAsync(cancellationToken);
        await db.PublishedPopulation.ExecuteDeleteAsync(cancellationToken);
        await db.PublishedNeighbours.ExecuteDeleteAsync(cancellationToken);

        var result = new PublishedLoadResult(
            await InsertAsync(db, files.Values(), "figures", progress, cancellationToken),
            await InsertAsync(db, files.Areas(), "authority codes", progress, cancellationToken),
            await InsertAsync(db, files.Population(), "population estimates", progress, cancellationToken),
            await InsertAsync(db, files.Neighbours(), "statistical neighbours", progress, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        figures.Invalidate();
        return result;
    }

    /// <summary>Loads the shipped copy when nothing has been loaded yet; true when it did.</summary>
    public async Task<bool> LoadShippedIfEmptyAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.PublishedValues.AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        await LoadAsync(PublishedFiles.Shipped(), progress, cancellationToken);
        return true;
    }

    private static async Task<int> InsertAsync<T>(HubDbContext db, IEnumerable<T> rows, string what, IProgress<string>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var count = 0;
        foreach (var chunk in rows.Chunk(Batch))
        {
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += chunk.Length;
            progress?.Report($"{count:N0} {what}");
        }

        return count;
    }
}
