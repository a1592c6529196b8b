using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Practice.Data;
using Consortium.Tenancy.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consortium.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// Indicator computation over each authority's practice data, what it shared, its outbox and the relay that
    /// sends it, and the daily schedule: the authorities' side of sharing, for a process that runs the authorities.
    /// The bus itself (in-memory or RabbitMQ) is the host's to configure.
    /// </summary>
    public static IServiceCollection AddMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<MetricsDbContext>((options, tenant) => new MetricsDbContext(options, tenant), MetricsDbContext.MigrationsHistoryTable);
        services.AddSingleton<WorkingDayNumbers>();
        services.AddSingleton<IAuthorityDatabaseStep, MetricsDatabaseStep>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<SnapshotWriter>();
        services.AddScoped<TimelineSharing>();
        services.AddScoped<DisclosedSnapshots>();
        services.AddScoped<SharedSnapshotQueries>();
        services.AddScoped<AuthorityIndicators>();
        services.AddSingleton<IndicatorPublisher>();
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<SnapshotScheduleOptions>(configuration.GetSection(SnapshotScheduleOptions.Section));
        services.AddSingleton<OutboxRelay>();
        if (configuration.GetValue(OutboxOptions.Section + ":" + nameof(OutboxOptions.RelayEnabled), true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        }

        services.AddHostedService<SnapshotScheduler>();
        return services;
    }
}
