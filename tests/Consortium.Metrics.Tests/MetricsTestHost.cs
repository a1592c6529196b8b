using Consortium.Practice;
using Consortium.Practice.Data;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Stores;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Metrics.Tests;

/// <summary>Practice and metrics services over real SQLite databases in a temporary folder, with an optional bus.</summary>
public sealed class MetricsTestHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-metrics-").FullName;

    public MetricsTestHost(Action<IBusRegistrationConfigurator>? bus = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null, TimeProvider? clock = null)
    {
        if (dataDirectory is not null)
        {
            _dataDirectory = dataDirectory;
        }

        var values = new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = _dataDirectory,
            ["Metrics:Outbox:PollSeconds"] = "0.2",
            ["Metrics:Outbox:PublishTimeoutSeconds"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services
            .AddLogging(b => { if (Environment.GetEnvironmentVariable("CONSORTIUM_TEST_LOG") == "1") { b.AddConsole(); } })
            .AddTenancy(configuration)
            .AddPractice(configuration)
            .AddMetrics(configuration)
            .AddSyntheticData(configuration)
            .AddSingleton<Deliveries>();
        if (bus is not null)
        {
            services.AddMassTransit(bus);
        }

        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public ServiceProvider Services { get; }

    public string DataDirectory => _dataDirectory;

    public async Task<TenantInfo> ProvisionedAsync(string slug)
    {
        var tenant = await Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug)
            ?? throw new InvalidOperationException($"No reference authority '{slug}'.");
        await Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(tenant);
        return tenant;
    }

    public Task<T> As<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work) =>
        Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));

    public Task As(TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
