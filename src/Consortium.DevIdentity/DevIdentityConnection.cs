using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.DevIdentity;

/// <summary>Keeps the in-memory database's connection open (and closes it with the host).</summary>
internal sealed class DevIdentityConnection(SqliteConnection connection) : IDisposable
{
    public void Dispose() => connection.Dispose();
}
