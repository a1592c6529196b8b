using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Options;

public static class PerTenantOptionsExtensions
{
    /// <summary>Configures <typeparamref name="TOptions"/> per authority from its <see cref="TenantInfo"/>.</summary>
    public static IServiceCollection ConfigurePerTenant<TOptions>(this IServiceCollection services, Action<TOptions, TenantInfo> configure)
        where TOptions : class =>
        services.ConfigurePerTenant(Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Configures the named <typeparamref name="TOptions"/> (an authentication scheme's, say) per authority.</summary>
    public static IServiceCollection ConfigurePerTenant<TOptions>(this IServiceCollection services, string name, Action<TOptions, TenantInfo> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddPerTenantOptions<TOptions>();
        services.AddSingleton<ITenantConfigureOptions<TOptions>>(new DelegateTenantConfigureOptions<TOptions>(name, configure));
        return services;
    }

    /// <summary>Configures <typeparamref name="TOptions"/> per authority with a service (for example one that reads the authority's database).</summary>
    public static IServiceCollection ConfigurePerTenant<TOptions, TConfigure>(this IServiceCollection services)
        where TOptions : class
        where TConfigure : class, ITenantConfigureOptions<TOptions>
    {
        services.AddPerTenantOptions<TOptions>();
        services.AddSingleton<ITenantConfigureOptions<TOptions>, TConfigure>();
        return services;
    }

    private static void AddPerTenantOptions<TOptions>(this IServiceCollection services)
        where TOptions : class
    {
        services.AddOptions();
        if (services.Any(d => d.ServiceType == typeof(TenantOptionsCache<TOptions>)))
        {
            return;
        }

        services.AddSingleton<TenantOptionsCache<TOptions>>();
        services.AddSingleton<ITenantOptionsCache>(sp => sp.GetRequiredService<TenantOptionsCache<TOptions>>());
        services.Replace(ServiceDescriptor.Singleton<IOptionsMonitorCache<TOptions>>(sp => sp.GetRequiredService<TenantOptionsCache<TOptions>>()));
        services.Replace(ServiceDescriptor.Transient<IOptionsFactory<TOptions>, TenantOptionsFactory<TOptions>>());
        services.Replace(ServiceDescriptor.Singleton<IOptions<TOptions>, TenantOptionsAdapter<TOptions>>());
        services.Replace(ServiceDescriptor.Scoped<IOptionsSnapshot<TOptions>, TenantOptionsAdapter<TOptions>>());
    }
}
