using Consortium.Practice.Access;
using Consortium.Practice.Audits;
using Consortium.Practice.Calendar;
using Consortium.Practice.Casework;
using Consortium.Practice.Documents;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Practice.Staff;
using Consortium.Practice.Staff.Import;
using Consortium.Tenancy;
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
        services.AddSettingsKind<PracticePolicy, PracticePolicyKind>();
        services.AddSettingsKind<RoleMapping, RoleMappingKind>();
        services.AddSettingsKind<AuditFramework, AuditFrameworkKind>();
        services.AddSettingsKind<AuditFrameworkDraft, AuditFrameworkDraftKind>();
        services.AddScoped<AuditFrameworks>();
        services.AddSettingsKind<Workforce.TrainingPolicy, Workforce.TrainingPolicyKind>();
        services.AddSettingsKind<Programme.ProgrammeTimeline, Programme.ProgrammeTimelineKind>();
        services.AddScoped<Workforce.TrainingRecords>();
        services.AddScoped<Workforce.Courses>();
        services.AddScoped<Workforce.Measures.Vacancies>();
        services.AddScoped<Workforce.Measures.WorkforceCensus>();
        services.AddScoped<Workforce.Capacity.CapacityPlanner>();
        services.AddScoped<Workforce.Leadership.PracticeLeaders>();
        services.AddScoped<Workforce.Leadership.PracticeSessions>();
        services.AddScoped<Workforce.Licences.TrainerLicences>();
        services.AddScoped<AuditSampling>();
        services.AddScoped<AuditService>();
        services.AddScoped<ModerationService>();
        services.AddScoped<Audits.Dashboard.PracticeDashboard>();
        services.AddSingleton<ConfiguredRoleRules>();
        services.ConfigurePerTenant<RoleMapping, ConfiguredRoleRulesConfigurator>();
        services.AddSingleton<IValidateOptions<TenancyOptions>, ConfiguredRoleRulesValidation>();
        services.AddOptions<TenancyOptions>().ValidateOnStart();
        services.AddScoped<RoleMappingChange>();

        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton(sp => BankHolidayCalendar.Load(sp.GetRequiredService<IOptions<CalendarOptions>>().Value.AdditionalBankHolidays));
        services.AddSingleton<WorkingDayCalculator>();
        services.AddSingleton<CaseDueDates>();
        services.AddScoped<CaseworkService>();
        services.AddScoped<Census.Building.CensusFileBuilder>();
        services.AddScoped<Census.Validation.CensusValidation>();
        services.AddSingleton<Census.Validation.CensusRuns>();
        services.AddScoped<CaseloadService>();
        services.AddScoped<ReReferralService>();
        services.AddScoped<LikelyMatches>();
        services.AddScoped<ChildSearch>();
        services.AddScoped<ChildMerger>();
        services.AddScoped<VisitService>();
        services.AddScoped<CaseNoteService>();
        services.AddScoped<ChronologyService>();
        services.AddScoped<OversightService>();
        services.AddScoped<AuthorisationService>();
        services.AddScoped<Retention.RetentionReview>();
        services.AddScoped<FamilyService>();
        services.AddScoped<ProtectionPlanService>();
        services.AddScoped<Census.Recording.CensusDetailsService>();
        services.AddScoped<Census.Notes.CensusQueryNotes>();
        services.AddScoped<MeetingAttendees>();
        services.AddScoped<EnquiryOutcomeService>();
        services.AddScoped<EnquiryOutcomeCorrector>();
        services.AddScoped<SelfAssessment.SelfAssessmentService>();
        services.AddScoped<SafetyMapService>();
        services.AddScoped<DirectWorkService>();
        services.AddScoped<Goals.FamilyGoalService>();
        services.AddScoped<SafetyPlanningService>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<TeamAdministration>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<HrImport>();
        services.AddScoped<HrUploads>();
        services.AddDocuments(configuration);

        services.AddSingleton<TenantDatabaseProvisioner>();
        services.AddHostedService<MigrateOnStartup>();
        services.Configure<Data.Readiness.AuthorityDatabasesOptions>(configuration.GetSection(Data.Readiness.AuthorityDatabasesOptions.Section));
        services.AddSingleton<Data.Readiness.AuthorityDatabasesMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<Data.Readiness.AuthorityDatabasesMonitor>());
        services.AddHealthChecks().AddCheck<Data.Readiness.TenantDatabasesHealthCheck>("authority-databases", tags: [ReadyTag]);
        return services;
    }

    /// <summary>A versioned kind of authority settings: its store, and per-tenant options read from the authority's database.</summary>
    private static void AddSettingsKind<T, TKind>(this IServiceCollection services)
        where T : class, new()
        where TKind : class, ISettingsKind<T>
    {
        services.AddSingleton<ISettingsKind<T>, TKind>();
        services.AddScoped<SettingsStore<T>>();
        services.ConfigurePerTenant<T, StoredSettingsConfigurator<T>>();
        services.AddSingleton<IValidateOptions<T>, SettingsOptionsValidation<T>>();
    }
}
