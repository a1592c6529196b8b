using System.Net;
using Microsoft.Data.Sqlite;

namespace Consortium.Web.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly ConsortiumWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ready_when_every_authority_database_is_migrated_and_not_when_one_is_missing()
    {
        var client = _factory.Client();
        var ready = await client.GetAsync(new Uri("http://localhost/health/ready"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        SqliteConnection.ClearAllPools();
        File.Delete(Path.Combine(_factory.DataDirectory, "tenants", "wokingham.db"));
        var notReady = await client.GetAsync(new Uri("http://localhost/health/ready"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("http://localhost/health/live"))).StatusCode);
    }
}
