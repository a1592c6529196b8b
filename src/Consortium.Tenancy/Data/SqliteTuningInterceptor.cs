using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Consortium.Tenancy.Data;

/// <summary>
/// With write-ahead logging, synchronous=NORMAL is durable against application crashes and saves an fsync on every
/// commit; each request writes an access-log line, so this is the difference between queuing and not. A busy
/// timeout lets SQLite wait for the one writer in short steps, instead of the driver's fixed 150 ms retry sleep.
/// Memory-mapping up to 256 MB of the file lets reads over many pages (a day's share reads years of casework) use the
/// operating system's page cache directly instead of copying each page through a read call; the pages stay reclaimable.
/// </summary>
internal sealed class SqliteTuningInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteTuningInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA mmap_size=268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
