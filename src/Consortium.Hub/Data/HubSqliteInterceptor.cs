using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Consortium.Hub.Data;

/// <summary>
/// A busy timeout so that concurrent snapshot writers wait for SQLite's one writer in short steps instead of failing,
/// and synchronous=NORMAL, which with write-ahead logging is durable against application crashes.
/// </summary>
internal sealed class HubSqliteInterceptor : DbConnectionInterceptor
{
    public static readonly HubSqliteInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

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
