using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Hub.Tests;

/// <summary>
/// The hub's services over a migrated SQLite database of its own in a temporary folder, deleted afterwards; with
/// <c>withPublished</c>, a copy of a database with the Department's published figures loaded (loaded once per run).
/// </summary>
public sealed class HubTestStore(bool withPublished = false) : IAsyncLifetime
{
    public const string Brent = "E09000005";
    public const string Bristol = "E06000023";
    public const string Wakefield = "E08000036";
    public const string Rutland = "E06000017";

    private readonly string _directory = Directory.CreateTempSubdirectory("consortium-hub-").FullName;

    public ServiceProvider Services { get; private set; } = null!;

    public SnapshotIngestor Ingestor => Services.GetRequiredService<SnapshotIngestor>();

    public static ServiceCollection ServiceCollection(string directory, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The tests migrate when they mean to (a harness starts hosted services too).
            ["Hub:MigrateOnStartup"] = "false",
            ["Hub:Authorities:0:Code"] = Rutland,
            ["Hub:Authorities:0:Name"] = "Rutland",
            ["Hub:Authorities:0:OldLaCode"] = "857",
            ["Hub:Authorities:0:RegionCode"] = "E12000004",
            ["Hub:Authorities:0:RegionName"] = "East Midlands",
            ["Hub:Authorities:0:Children"] = "7123",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddHub(configuration, _ => directory);
        more?.Invoke(services);
        return services;
    }

    private static readonly Lazy<Task<string>> PublishedTemplate = new(LoadPublishedTemplateAsync);

    public async Task InitializeAsync()
    {
        if (withPublished)
        {
            File.Copy(await PublishedTemplate.Value, Path.Combine(_directory, HubDatabase.SqliteFileName));
        }

        Services = ServiceCollection(_directory).BuildServiceProvider();
        await Services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<string> LoadPublishedTemplateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("consortium-hub-published-").FullName;
        await using (var services = ServiceCollection(directory).BuildServiceProvider())
        {
            await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync();
            await services.GetRequiredService<PublishedFiguresLoader>().LoadAsync(PublishedFiles.Shipped());
            await using var db = services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Path.Combine(directory, HubDatabase.SqliteFileName);
    }

    public HubDbContext Db() => Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContext();

    public static IndicatorSnapshotPublished Snapshot(string authority, ReportingPeriod period, DateTimeOffset computedAt, params IndicatorValue[] values) => new()
    {
        Authority = new AuthorityCode(authority),
        Period = period,
        CatalogueVersion = IndicatorCatalogue.Version,
        ComputedAt = computedAt,
        Values = values,
    };

    public static IndicatorValue Count(IndicatorCode code, long count, decimal rate) =>
        new() { Indicator = code, Status = ValueStatus.Available, Value = count, RatePer10000 = rate };

    public static IndicatorValue Percent(IndicatorCode code, long numerator, long denominator) =>
        new() { Indicator = code, Status = ValueStatus.Available, Value = Math.Round(numerator * 100m / denominator, 1), Numerator = numerator, Denominator = denominator };

    public static IndicatorValue Percent(IndicatorCode code, decimal value) =>
        new() { Indicator = code, Status = ValueStatus.Available, Value = value, Numerator = (long)value, Denominator = 100 };

    public static IndicatorValue Suppressed(IndicatorCode code) => new() { Indicator = code, Status = ValueStatus.Suppressed };

    public static readonly DateTimeOffset Noon = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);
}
