using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.England;
using Consortium.Hub.Ingestion;
using Consortium.Hub.Published;
using Consortium.Hub.Returns;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consortium.Hub;

public static class HubServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// The hub store (its own database, migrated at start and part of readiness), the authority registry and published
    /// figures, the snapshot ingestor and the comparison and returns services. The database is <c>Hub:Provider</c> and
    /// <c>Hub:ConnectionString</c>; without a connection string, SQLite file hub.db in <paramref name="dataDirectory"/>,
    /// which the host resolves (the hub knows nothing of the authorities' database settings).
    /// </summary>
    public static IServiceCollection AddHub(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<HubOptions>(configuration.GetSection(HubOptions.Section));
        services.AddDbContextFactory<HubDbContext>((sp, builder) =>
        {
            var options = sp.GetRequiredService<IOptions<HubOptions>>().Value;
            builder.UseHubDatabase(options.Provider, HubDatabase.ConnectionString(options, dataDirectory(sp)));
        });

        services.AddSingleton<AuthorityRegistry>();
        services.AddSingleton<PublishedFigures>();
        services.AddSingleton<HubReadCache>();
        services.AddSingleton<PublishedFiguresLoader>();
        services.AddSingleton<ComparatorGroups>();
        services.AddSingleton<SnapshotIngestor>();
        services.AddSingleton<Programme.TimelineIngestor>();
        services.AddSingleton<Synthetic.SyntheticFigures>();
        services.AddSingleton<HubDatabaseMigrator>();
        services.AddScoped<IndicatorComparison>();
        services.AddScoped<EnglandComparison>();
        services.AddScoped<Trends.LongTrends>();
        services.AddScoped<DepartmentReturn>();
        services.AddScoped<Quarantine>();
        services.AddScoped<Scrutiny.SharedMemberFigures>();
        services.AddScoped<Scrutiny.ImpactSection>();
        services.AddScoped<Scrutiny.HeadlineSection>();
        services.AddScoped<Scrutiny.SharedIndicatorsSection>();
        services.AddScoped<Scrutiny.ConsortiumReports>();

        services.AddHostedService<MigrateHubOnStartup>();
        services.AddHealthChecks().AddCheck<HubDatabaseHealthCheck>("hub-database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// The hub's consumers of <see cref="Contracts.Messages.IndicatorSnapshotPublished"/> and
    /// <see cref="Contracts.Messages.ProgrammeTimelineShared"/>, each on its durable queue, with retry and an error queue. Call inside
    /// <c>AddMassTransit</c> of a process that runs the hub, after <see cref="AddHub"/>; <c>ConfigureEndpoints</c> creates the endpoint.
    /// </summary>
    public static IBusRegistrationConfigurator AddHubConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<IndicatorSnapshotConsumer, IndicatorSnapshotConsumerDefinition>();
        bus.AddConsumer<Programme.ProgrammeTimelineConsumer, Programme.ProgrammeTimelineConsumerDefinition>();
        return bus;
    }
}
