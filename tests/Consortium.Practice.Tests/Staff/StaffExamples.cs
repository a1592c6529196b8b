using Consortium.Practice.Staff;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Staff;

/// <summary>Valid staff details to start from, and a way to add them at an authority.</summary>
internal static class StaffExamples
{
    public static StaffDetails Details(string signInName = "sam.example@brent.gov.uk", string given = "Sam", string family = "Example") => new()
    {
        GivenName = given,
        FamilyName = family,
        SignInName = signInName,
        Role = "Practitioner",
        JobTitle = "Social worker",
        StartDate = new DateOnly(2024, 4, 1),
        RegistrationNumber = "SW123456",
        Fte = 1m,
        Employment = "Employed",
    };

    public static async Task<StaffRecord> AddAsync(PracticeTestHost host, TenantInfo tenant, StaffDetails details)
    {
        var outcome = await host.As(tenant, sp => sp.GetRequiredService<StaffAdministration>().AddAsync(details, "Ada Administrator"));
        Assert.True(outcome.IsDone, outcome.Failure?.ToString());
        return outcome.Value!;
    }

    public static async Task<Team> AddTeamAsync(PracticeTestHost host, TenantInfo tenant, string name, Guid? manager = null)
    {
        var outcome = await host.As(tenant, sp => sp.GetRequiredService<TeamAdministration>().AddAsync(new TeamDetails(name, "Assessment", manager), "Ada Administrator"));
        Assert.True(outcome.IsDone, outcome.Failure?.ToString());
        return outcome.Value!;
    }
}
