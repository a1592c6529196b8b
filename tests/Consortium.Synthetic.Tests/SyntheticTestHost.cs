using Consortium.Practice;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Synthetic.Tests;

/// <summary>The practice services and the synthetic seeders over real SQLite databases in a temporary folder.</summary>
public sealed class SyntheticTestHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-synthetic-").FullName;

    public SyntheticTestHost()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = _dataDirectory,
        }).Build();
        Services = new ServiceCollection()
            .AddLogging()
            .AddTenancy(configuration)
            .AddPractice(configuration)
            .AddSyntheticData(configuration)
            .BuildServiceProvider(validateScopes: true);
    }

    public ServiceProvider Services { get; }

    public async Task<TenantInfo> ProvisionedAsync(string slug)
    {
        var tenant = await Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug)
            ?? throw new InvalidOperationException($"No reference authority '{slug}'.");
        await Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(tenant);
        return tenant;
    }

    public Task<T> As<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work) =>
        Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
