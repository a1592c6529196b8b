using Consortium.Practice.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Provisioning;

/// <summary>What provisioning does to a database that is already there: at every start, for every authority.</summary>
public sealed class ProvisioningTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_database_with_nothing_to_migrate_keeps_its_planner_statistics_and_one_without_any_gets_them()
    {
        var tenant = await _host.ProvisionedAsync("wokingham");
        var path = Path.Combine(_host.DataDirectory, "tenants", "wokingham.db");
        
        // A well-formed mark (an estimated row size) that only this test writes: gone if the statistics are gathered again.
        Execute(path, "UPDATE sqlite_stat1 SET stat = stat || ' sz=77'");

        await _host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(tenant);
        Assert.Equal(Count(path, "SELECT COUNT(*) FROM sqlite_stat1"), Count(path, "SELECT COUNT(*) FROM sqlite_stat1 WHERE stat LIKE '% sz=77'"));

        Execute(path, "DELETE FROM sqlite_stat1");
        await _host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(tenant);
        Assert.True(Count(path, "SELECT COUNT(*) FROM sqlite_stat1") > 0);
    }

    [Fact]
    public async Task Provisioning_every_authority_reports_each_once()
    {
        var steps = new List<ProvisioningProgress>();
        await _host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAllAsync(new SynchronousProgress(steps));

        Assert.Equal(10, steps.Count);
        Assert.Equal(Enumerable.Range(1, 10), steps.Select(s => s.Position).Order());
        Assert.Equal(10, steps.Select(s => s.Identifier).Distinct().Count());
        Assert.All(steps, s => Assert.Equal(10, s.Count));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private sealed class SynchronousProgress(List<ProvisioningProgress> steps) : IProgress<ProvisioningProgress>
    {
        public void Report(ProvisioningProgress value)
        {
            lock (steps)
            {
                steps.Add(value);
            }
        }
    }
}
