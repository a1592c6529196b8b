using Consortium.Practice.Access;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;

namespace Consortium.Web.Security;

/// <summary>
/// Named policies for pages and APIs. The default, which every page gets unless it names another policy or
/// allows anonymous use (<see cref="DefaultDenyPageConvention"/>), is the strictest sensible one: signed in,
/// with a role of the request's realm. A request that matches no endpoint is simply not found.
/// </summary>
public static class AuthorizationPolicies
{
    public const string SignedIn = "signed-in";
    public const string Staff = "staff";
    public const string TenantAdministrator = "tenant-administrator";
    public const string HubUser = "hub-user";
    public const string ConsortiumLead = "consortium-lead";
    public const string RecordsCasework = "records-casework";
    public const string TeamManager = "team-manager";
    public const string SeesAccessLogs = "sees-access-logs";
    public const string QualityAssurance = "quality-assurance";
    public const string Audits = "audits";
    public const string WorkforceMatrix = "workforce-matrix";
    public const string ScrutinyReport = "scrutiny-report";
    public const string Evaluation = "evaluation";
    public const string WorkforceLeads = "workforce-leads";

    public static void Add(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var realmRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new RealmRoleRequirement()).Build();
        authorization
            .SetDefaultPolicy(realmRole)
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Names))
            .AddPolicy(TenantAdministrator, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TenantAdministrator)))
            .AddPolicy(HubUser, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.All))
            .AddPolicy(ConsortiumLead, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.ConsortiumLead))
            .AddPolicy(RecordsCasework, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.Practitioner), nameof(StaffRole.TeamManager)))
            .AddPolicy(TeamManager, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TeamManager)))
            .AddPolicy(QualityAssurance, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.QualityAssurance)))
            .AddPolicy(WorkforceMatrix, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TeamManager), nameof(StaffRole.QualityAssurance), nameof(StaffRole.TenantAdministrator)))
            .AddPolicy(ScrutinyReport, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TenantAdministrator), nameof(StaffRole.QualityAssurance), nameof(StaffRole.TeamManager)))
            .AddPolicy(Evaluation, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.QualityAssurance), nameof(StaffRole.TenantAdministrator)))
            .AddPolicy(WorkforceLeads, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.QualityAssurance), nameof(StaffRole.TenantAdministrator)))
            .AddPolicy(Audits, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.QualityAssurance), nameof(StaffRole.TeamManager)))
            .AddPolicy(SeesAccessLogs, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.QualityAssurance), nameof(StaffRole.TenantAdministrator)));
    }
}
