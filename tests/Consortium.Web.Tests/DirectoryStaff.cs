using Consortium.Practice.Staff;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests;

/// <summary>Adds someone to an authority's staff directory as its administrator would, for tests that choose people from it.</summary>
public static class DirectoryStaff
{
    public static Task<StaffRecord> AddAsync(IServiceProvider services, string slug, string signInName, string given, string family) =>
        AddAsync(services, slug, signInName, given, family, "Practitioner", null);

    /// <summary>Adds someone with a role, in a team named by its name (made if the authority has no such team).</summary>
    public static async Task<StaffRecord> AddAsync(IServiceProvider services, string slug, string signInName, string given, string family, string role, string? team)
    {
        ArgumentNullException.ThrowIfNull(services);
        var tenant = (await services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        var outcome = await services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            Guid? teamId = null;
            if (team is not null)
            {
                var existing = (await sp.GetRequiredService<StaffDirectory>().TeamsAsync(ct)).FirstOrDefault(t => t.Name == team);
                teamId = existing?.Id ?? (await sp.GetRequiredService<TeamAdministration>().AddAsync(new TeamDetails(team, "Assessment", null), "Test administrator", ct)).Value!.Id;
            }

            return await sp.GetRequiredService<StaffAdministration>().AddAsync(new StaffDetails
            {
                GivenName = given, FamilyName = family, SignInName = signInName, Role = role, JobTitle = "Social worker", TeamId = teamId,
                StartDate = new DateOnly(2024, 4, 1), Fte = 1m, Employment = "Employed",
            }, "Test administrator", ct);
        });
        return outcome.Value ?? throw new InvalidOperationException(outcome.Failure?.ToString());
    }
}
