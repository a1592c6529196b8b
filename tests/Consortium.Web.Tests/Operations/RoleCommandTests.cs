using System.Net;
using Consortium.Web.Operations;

namespace Consortium.Web.Tests.Operations;

/// <summary>The operator's view of an authority's role mapping, and the way back when nobody can administer it.</summary>
public sealed class RoleCommandTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        _ = factory.Server;
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(factory.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task An_authority_nobody_can_administer_is_recovered_by_the_operator_and_the_change_is_in_the_history()
    {
        var admin = await factory.SignedIn("http://bristol.localhost/me", "admin@bristol");
        var locked = await Run("roles", "set", "--tenant", "bristol", "--by", "operator", "roles=NobodyHasThis:TenantAdministrator");
        var whileLocked = await admin.GetAsync(new Uri("http://bristol.localhost/admin"));

        var recovered = await Run("roles", "set", "--tenant", "bristol", "--by", "operator", "--add", "roles=TenantAdministrator:TenantAdministrator");
        var shown = await Run("roles", "show", "--tenant", "bristol");

        Assert.Equal(0, locked.Exit);
        Assert.Contains("no-access", whileLocked.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, recovered.Exit);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("http://bristol.localhost/admin"))).StatusCode);
        Assert.Contains("roles=NobodyHasThis:TenantAdministrator", shown.Out, StringComparison.Ordinal);
        Assert.Contains("roles=TenantAdministrator:TenantAdministrator", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("roles=TeamManager:TeamManager", shown.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roles=NoRoleHere")]
    [InlineData("roles=x:Overlord")]
    [InlineData("roles=x:7")]
    public async Task A_rule_that_is_not_type_value_role_is_refused_and_nothing_is_saved(string rule)
    {
        var before = await Run("roles", "show", "--tenant", "tower-hamlets");

        var (exit, _, error) = await Run("roles", "set", "--tenant", "tower-hamlets", "--by", "operator", rule);

        Assert.Equal(1, exit);
        Assert.Contains("must be written type=value:Role", error, StringComparison.Ordinal);
        Assert.Equal(before.Out, (await Run("roles", "show", "--tenant", "tower-hamlets")).Out);
    }

    [Fact]
    public async Task A_mapping_with_no_administrator_rule_is_refused_even_to_the_operator()
    {
        var (exit, _, error) = await Run("roles", "set", "--tenant", "wokingham", "--by", "operator", "roles=Practitioner:Practitioner");

        Assert.Equal(1, exit);
        Assert.Contains("Keep at least one rule that makes people authority administrators", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_authority_is_named()
    {
        var (exit, _, error) = await Run("roles", "show", "--tenant", "atlantis");

        Assert.Equal(1, exit);
        Assert.Contains("There is no authority 'atlantis'", error, StringComparison.Ordinal);
    }
}
