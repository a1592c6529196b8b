using Consortium.Practice.Staff;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests;

/// <summary>Adds someone to an authority's staff directory as its administrator would, for tests that choose people from it.</summary>
public static class DirectoryStaff
{
    public static async Task<StaffRecord> AddAsync(IServiceProvider services, string slug, string signInName, string given, string family)
    {
        ArgumentNullException.ThrowIfNull(services);
        var tenant = (await services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        var outcome = await services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) => sp.GetRequiredService<StaffAdministration>().AddAsync(new StaffDetails
        {
            GivenName = given, FamilyName = family, SignInName = signInName, Role = "Practitioner", JobTitle = "Social worker",
            StartDate = new DateOnly(2024, 4, 1), Fte = 1m, Employment = "Employed",
        }, "Test administrator", ct));
        return outcome.Value ?? throw new InvalidOperationException(outcome.Failure?.ToString());
    }
}
