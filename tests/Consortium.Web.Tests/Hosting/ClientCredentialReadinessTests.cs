using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

/// <summary>
/// A client authentication method the app cannot carry out is found at start and named by setting, as a missing
/// secret is: an unknown method, basic without a secret, private_key_jwt without a certificate and its private key.
/// </summary>
public sealed class ClientCredentialReadinessTests
{
    private sealed class ProviderFactory(IReadOnlyDictionary<string, string> settings) : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tenancy:Tenants:norfolk:IdentityProvider:Authority", "https://login.example.invalid/norfolk/v2.0");
            builder.UseSetting("Tenancy:Tenants:norfolk:IdentityProvider:ClientId", "norfolk-client");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private static async Task<IReadOnlyList<string>> Problems(Dictionary<string, string> settings)
    {
        using var factory = new ProviderFactory(settings);
        _ = factory.Server;
        var problems = await factory.Services.GetRequiredService<Consortium.Web.Security.ClientSecretsCheck>().MissingAsync();
        await ReadinessProbe.AuthorityDatabasesChecked(factory.Services);
        var ready = await factory.Client().GetAsync(new Uri("http://localhost/health/ready"));
        Assert.Equal(problems.Count == 0 ? System.Net.HttpStatusCode.OK : System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        return problems;
    }

    private const string Prefix = "Tenancy:Tenants:norfolk:IdentityProvider:";

    [Fact]
    public async Task An_unknown_method_is_named()
    {
        var problems = await Problems(new() { [Prefix + "ClientAuthenticationMethod"] = "client_secret_jwt" });

        Assert.Equal(["norfolk: ClientAuthenticationMethod (\"client_secret_jwt\" is not client_secret_post, client_secret_basic or private_key_jwt)"], problems);
    }

    [Fact]
    public async Task Basic_without_a_secret_setting_is_named()
    {
        var problems = await Problems(new() { [Prefix + "ClientAuthenticationMethod"] = "client_secret_basic" });

        Assert.Equal(["norfolk: ClientSecretName (needed for client_secret_basic)"], problems);
    }

    [Fact]
    public async Task Basic_with_its_secret_missing_from_configuration_names_the_secret_setting_not_a_value()
    {
        var problems = await Problems(new()
        {
            [Prefix + "ClientAuthenticationMethod"] = "client_secret_basic",
            [Prefix + "ClientSecretName"] = "IdentityProviders:norfolk:ClientSecret",
        });

        Assert.Equal(["norfolk: IdentityProviders:norfolk:ClientSecret"], problems);
    }

    [Fact]
    public async Task Private_key_jwt_without_a_certificate_setting_is_named()
    {
        var problems = await Problems(new() { [Prefix + "ClientAuthenticationMethod"] = "private_key_jwt" });

        Assert.Equal(["norfolk: ClientCertificateName (needed for private_key_jwt)"], problems);
    }

    [Fact]
    public async Task Private_key_jwt_with_a_certificate_but_no_private_key_names_the_setting_not_the_value()
    {
        using var certificate = Security.ClientAuthenticationTests.NewCertificate("norfolk");
        var publicOnly = Convert.ToBase64String(certificate.Export(X509ContentType.Cert));

        var problems = await Problems(new()
        {
            [Prefix + "ClientAuthenticationMethod"] = "private_key_jwt",
            [Prefix + "ClientCertificateName"] = "IdentityProviders:norfolk:Certificate",
            ["IdentityProviders:norfolk:Certificate"] = publicOnly,
        });

        Assert.Equal(["norfolk: IdentityProviders:norfolk:Certificate (not a certificate with an RSA private key)"], problems);
        Assert.DoesNotContain(publicOnly[..40], string.Join(" ", problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_key_jwt_with_garbage_in_the_certificate_setting_is_named()
    {
        var problems = await Problems(new()
        {
            [Prefix + "ClientAuthenticationMethod"] = "private_key_jwt",
            [Prefix + "ClientCertificateName"] = "IdentityProviders:norfolk:Certificate",
            ["IdentityProviders:norfolk:Certificate"] = "not base64 at all!",
        });

        Assert.Equal(["norfolk: IdentityProviders:norfolk:Certificate (not a certificate with an RSA private key)"], problems);
    }

    [Fact]
    public async Task Private_key_jwt_with_a_pem_certificate_and_key_is_ready()
    {
        using var certificate = Security.ClientAuthenticationTests.NewCertificate("norfolk");
        using var key = certificate.GetRSAPrivateKey()!;
        var pem = certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem();

        var problems = await Problems(new()
        {
            [Prefix + "ClientAuthenticationMethod"] = "private_key_jwt",
            [Prefix + "ClientCertificateName"] = "IdentityProviders:norfolk:Certificate",
            ["IdentityProviders:norfolk:Certificate"] = pem,
        });

        Assert.Empty(problems);
    }
}
