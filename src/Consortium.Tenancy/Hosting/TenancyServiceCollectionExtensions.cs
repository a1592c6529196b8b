using Consortium.Tenancy.Data;
using Consortium.Tenancy.Options;
using Consortium.Tenancy.Resolution;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Hosting;

public static class TenancyServiceCollectionExtensions
{
    /// <summary>Tenant stores, resolution strategies, the accessor, scope runner, catalog database and options.</summary>
    public static IServiceCollection AddTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Data.Seeding.IStartupSeeding, Data.Seeding.NoStartupSeeding>();
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.PostConfigure<DatabaseOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.DataDirectory))
            {
                o.DataDirectory = DatabaseOptions.DefaultDataDirectory();
            }

            o.DataDirectory = Path.GetFullPath(o.DataDirectory);
        });

        services.AddSingleton<AsyncLocalTenantContextAccessor>();
        services.AddSingleton<ITenantContextAccessor>(sp => sp.GetRequiredService<AsyncLocalTenantContextAccessor>());
        services.AddSingleton<ITenantContextSetter>(sp => sp.GetRequiredService<AsyncLocalTenantContextAccessor>());
        services.AddSingleton<ITenantScopeRunner, TenantScopeRunner>();
        services.AddSingleton<ITenantOptionsInvalidator, TenantOptionsInvalidator>();

        services.AddDbContextFactory<CatalogDbContext>((sp, builder) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connection = database.CatalogConnectionString();
            DbContextOptionsBuilderExtensions.EnsureSqliteFolder(database.Provider, connection);
            builder.UseConsortiumDatabase(database.Provider, connection);
        });
        services.AddSingleton<ITenantDirectoryAccess, TenantDirectoryAccess>();
        services.AddSingleton<ReferenceDataTenantStore>();
        services.AddSingleton<CatalogTenantStore>();
        services.AddSingleton<ITenantStore>(sp => sp.GetRequiredService<ReferenceDataTenantStore>());
        services.AddSingleton<ITenantStore>(sp => sp.GetRequiredService<CatalogTenantStore>());
        services.AddSingleton<ITenantCatalog>(sp => sp.GetRequiredService<CatalogTenantStore>());
        services.AddSingleton<ITenantDirectory, TenantDirectory>();

        services.AddSingleton<ITenantResolutionStrategy, HostTenantStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, BasePathTenantStrategy>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Routing.MatcherPolicy, RealmMatcherPolicy>());
        return services;
    }

    /// <summary>
    /// A context type bound to the current authority (scoped), plus a factory for an explicit authority.
    /// Resolving the scoped context without a resolved authority throws: there is no default tenant.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(
        this IServiceCollection services, Func<DbContextOptions<TContext>, TenantInfo, TContext> construct, string? migrationsHistoryTable = null)
        where TContext : TenantDbContext
    {
        services.AddSingleton<ITenantDbContextFactory<TContext>>(sp =>
            new TenantDbContextFactory<TContext>(sp.GetRequiredService<IOptions<DatabaseOptions>>(), construct, migrationsHistoryTable));
        services.AddScoped(sp =>
        {
            var tenant = sp.GetRequiredService<ITenantContextAccessor>().Current
                ?? throw new InvalidOperationException("No authority is resolved for this unit of work, so its data cannot be opened.");
            return sp.GetRequiredService<ITenantDbContextFactory<TContext>>().Create(tenant);
        });
        return services;
    }
}
