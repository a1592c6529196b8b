using System.Net;
using Microsoft.Data.Sqlite;

namespace Consortium.Web.Tests.Pages.Hub;

public sealed class HubReadinessTests : IDisposable
{
    private readonly ConsortiumWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_hub_database_is_created_at_start_and_readiness_fails_without_it()
    {
        var client = _factory.Client();
        Assert.Equal(HttpStatusCode.OK, await Hosting.ReadinessProbe.Within(client, HttpStatusCode.OK));
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "hub.db")));

        SqliteConnection.ClearAllPools();
        File.Delete(Path.Combine(_factory.DataDirectory, "hub.db"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("http://localhost/health/ready"))).StatusCode);
    }
}
