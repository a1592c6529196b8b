using Consortium.Practice.Settings;
using Consortium.Scrutiny.Board;
using Consortium.Scrutiny.Sections;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Scrutiny;

public static class ScrutinyServiceCollectionExtensions
{
    /// <summary>The scrutiny report and its sections; needs practice and metrics registered.</summary>
    public static IServiceCollection AddScrutiny(this IServiceCollection services)
    {
        services.AddScoped<PolicySection>();
        services.AddScoped<ImplementationSection>();
        services.AddScoped<QualitySection>();
        services.AddScoped<WorkforceSection>();
        services.AddScoped<OutcomesSection>();
        services.AddScoped<VoiceSection>();
        services.AddScoped<ScrutinyReports>();
        services.AddSingleton<ISettingsKind<BoardOverrides>, BoardOverridesKind>();
        services.AddScoped<SettingsStore<BoardOverrides>>();
        services.AddScoped<BoardJudgements>();
        return services;
    }
}
