using Consortium.Practice.Access;
using Consortium.Practice.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Synthetic.Tests;

public sealed class DemoDirectoryTests : IAsyncLifetime
{
    private readonly SyntheticTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_demo_directory_has_teams_with_managers_and_the_development_users_waiting_for_their_first_sign_in_once()
    {
        var tenant = await _host.ProvisionedAsync("norfolk");

        var added = await _host.Services.GetRequiredService<DemoDirectory>().SeedAsync(tenant);
        var again = await _host.Services.GetRequiredService<DemoDirectory>().SeedAsync(tenant);

        Assert.Equal(0, again);
        var staff = await _host.As(tenant, sp => sp.GetRequiredService<StaffDirectory>().ListAsync(new StaffListFilter()));
        Assert.Equal(added, staff.Count);
        Assert.All(staff, s => Assert.False(s.HasSignedIn));
        Assert.Superset(
            new HashSet<string> { "practitioner@norfolk", "manager@norfolk", "qa@norfolk", "admin@norfolk" },
            staff.Select(s => s.SignInName).ToHashSet());
        var priya = staff.Single(s => s.SignInName == "practitioner@norfolk");
        Assert.Equal((DemoSeeder.DemoTeam, "Mo Manager", StaffRole.Practitioner), (priya.Team, priya.Manager, priya.Role));
        Assert.Contains(staff, s => s.Employment == Employment.Agency);
        var teams = await _host.As(tenant, sp => sp.GetRequiredService<StaffDirectory>().TeamsAsync());
        Assert.All(teams.Where(t => t.Name != BulkSyntheticSeeder.HistoryTeam), t => Assert.NotNull(t.ManagerId));
        var linked = await _host.As(tenant, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("norfolk-practitioner", ["practitioner@norfolk", "practitioner@norfolk.example"]));
        Assert.Equal(SignInMatch.Linked, linked);
    }
}
