using Consortium.Practice.Calendar;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consortium.Practice;

public static class PracticeServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>The practice database per authority, its policy (as per-tenant options) and the working-day calendar.</summary>
    public static IServiceCollection AddPractice(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<PracticeDbContext>((options, tenant) => new PracticeDbContext(options, tenant));
        services.ConfigurePerTenant<PracticePolicy, StoredPolicyConfigurator>();
        services.AddSingleton<IValidateOptions<PracticePolicy>, PracticePolicyOptionsValidation>();
        services.AddScoped<PracticePolicyStore>();

        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton(sp => BankHolidayCalendar.Load(sp.GetRequiredService<IOptions<CalendarOptions>>().Value.AdditionalBankHolidays));
        services.AddSingleton<WorkingDayCalculator>();

        services.AddSingleton<TenantDatabaseProvisioner>();
        services.AddHostedService<MigrateOnStartup>();
        services.AddHealthChecks().AddCheck<TenantDatabasesHealthCheck>("authority-databases", tags: [ReadyTag]);
        return services;
    }
}
