using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>A provider's claims give roles by configuration alone, beside the rules the authority's administrators keep.</summary>
public sealed class ConfiguredRoleRulesTests(ConfiguredRoleRulesTests.ConfiguredFactory factory) : IClassFixture<ConfiguredRoleRulesTests.ConfiguredFactory>
{
    public sealed class ConfiguredFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tenancy:Tenants:lincolnshire:RoleRules:0", "email=practitioner@lincolnshire.example:TenantAdministrator");
        }
    }

    private sealed class MisconfiguredFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tenancy:Tenants:lincolnshire:RoleRules:0", "groups=0b6c:Overlord");
        }
    }

    [Fact]
    public void A_configured_rule_that_cannot_be_read_stops_the_start_and_names_the_setting()
    {
        using var misconfigured = new MisconfiguredFactory();

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Server);

        Assert.Contains("Tenancy:Tenants:lincolnshire:RoleRules:0 must be written type=value:Role", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_rule_makes_its_claim_an_administrator_at_that_authority_only_and_the_roles_page_lists_it()
    {
        var configured = await factory.SignedIn("http://lincolnshire.localhost/me", "practitioner@lincolnshire");
        var elsewhere = await factory.SignedIn("http://norfolk.localhost/me", "practitioner@norfolk");

        Assert.Equal(HttpStatusCode.OK, (await configured.GetAsync(new Uri("http://lincolnshire.localhost/admin"))).StatusCode);
        Assert.Contains("no-access", (await elsewhere.GetAsync(new Uri("http://norfolk.localhost/admin"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        var roles = await configured.GetStringAsync(new Uri("http://lincolnshire.localhost/admin/roles"));
        Assert.Contains("data-testid=\"configured-rules\"", roles, StringComparison.Ordinal);
        Assert.Contains("<code>practitioner@lincolnshire.example</code>", roles, StringComparison.Ordinal);
        var norfolkAdmin = await factory.SignedIn("http://norfolk.localhost/admin", "admin@norfolk");
        Assert.DoesNotContain("configured-rules", await norfolkAdmin.GetStringAsync(new Uri("http://norfolk.localhost/admin/roles")), StringComparison.Ordinal);
    }
}
