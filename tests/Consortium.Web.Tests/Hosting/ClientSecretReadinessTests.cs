using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

/// <summary>An authority whose provider's client secret is missing makes the app not ready, found at start, not at the first sign-in.</summary>
public sealed class ClientSecretReadinessTests
{
    private sealed class ProviderFactory(string? secret) : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tenancy:Tenants:norfolk:IdentityProvider:Authority", "https://login.example.invalid/norfolk/v2.0");
            builder.UseSetting("Tenancy:Tenants:norfolk:IdentityProvider:ClientId", "norfolk-client");
            builder.UseSetting("Tenancy:Tenants:norfolk:IdentityProvider:ClientSecretName", "IdentityProviders:norfolk:ClientSecret");
            if (secret is not null)
            {
                builder.UseSetting("IdentityProviders:norfolk:ClientSecret", secret);
            }
        }
    }

    [Fact]
    public async Task A_missing_client_secret_makes_the_app_not_ready_and_names_the_setting_not_a_value()
    {
        using var factory = new ProviderFactory(secret: null);
        var client = factory.Client();
        await ReadinessProbe.AuthorityDatabasesChecked(factory.Services);

        var response = await client.GetAsync(new Uri("http://localhost/health/ready"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync(new Uri("http://localhost/health/live"))).StatusCode);
        Assert.DoesNotContain("norfolk-client", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_secret_in_configuration_the_app_is_ready()
    {
        using var factory = new ProviderFactory(secret: "s3cret-value");
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, await ReadinessProbe.Within(client, HttpStatusCode.OK));

        var response = await client.GetAsync(new Uri("http://localhost/health/ready"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("s3cret-value", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_names_each_authority_and_the_setting_its_secret_should_be_in()
    {
        using var factory = new ProviderFactory(secret: null);
        _ = factory.Server;

        var missing = await factory.Services.GetRequiredService<Consortium.Web.Security.ClientSecretsCheck>().MissingAsync();

        Assert.Equal(["norfolk: IdentityProviders:norfolk:ClientSecret"], missing);
    }
}
