using Consortium.Tenancy.Data.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Consortium.Synthetic;

public static class DemoDataHostingExtensions
{
    /// <summary>Whether the process has synthetic data at all: <c>DemoData:Enabled</c>, on by default outside Production.</summary>
    public static bool IsDemoDataEnabled(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = builder.Configuration.GetSection(DemoDataOptions.Section).GetValue<bool?>(nameof(DemoDataOptions.Enabled));
        return enabled ?? !builder.Environment.IsProduction();
    }

    /// <summary>
    /// The synthetic seeders and the demo seed at start, for a process that runs the authorities. It refuses to start
    /// in Production, where made-up children would sit among an authority's real records.
    /// </summary>
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Synthetic demo data cannot run in Production: it would write made-up children into an authority's records. Set DemoData:Enabled to false.");
        }

        builder.Services.AddSyntheticData(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// <see cref="DemoSeeder"/>, <see cref="BulkSyntheticSeeder"/> and the demo seed at start (which does nothing unless
    /// <c>DemoData:SeedOnStartup</c>). Register after the practice services, whose databases it writes to, and before
    /// anything that reads them at start (the indicator schedule): hosted services start in the order registered.
    /// </summary>
    public static IServiceCollection AddSyntheticData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddSingleton<BulkSyntheticSeeder>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<CensusErrorPlanter>();
        services.AddSingleton<DemoDirectory>();
        services.AddSingleton<DemoHistoryProgress>();
        services.Replace(ServiceDescriptor.Singleton<IStartupSeeding>(sp => sp.GetRequiredService<DemoHistoryProgress>()));
        services.AddHostedService<SeedDemoDataOnStartup>();
        return services;
    }
}
