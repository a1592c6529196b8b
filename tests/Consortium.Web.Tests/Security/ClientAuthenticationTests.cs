using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Web.Tests.Security;

/// <summary>
/// An authority whose provider registered the app as a confidential client with one authentication method: the
/// development provider's issuer for Brent, configured as Brent's own provider, refuses every other method.
/// </summary>
public sealed class ClientAuthenticationTests
{
    /// <summary>Characters that RFC 6749's form-encoding before Basic's base64 must survive.</summary>
    private const string Secret = "s3cret:with+reserved/chars %~";

    private sealed class ConfidentialFactory(string method, string? appSecret, string? providerSecret, X509Certificate2? appCertificate, X509Certificate2? providerCertificate)
        : ConsortiumWebFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:Authority", "http://localhost/idp/brent");
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientId", "consortium-brent");
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientAuthenticationMethod", method);
            builder.UseSetting("DevIdentity:ConfidentialClients:brent:Method", method);
            if (appSecret is not null)
            {
                builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientSecretName", "IdentityProviders:brent:ClientSecret");
                builder.UseSetting("IdentityProviders:brent:ClientSecret", appSecret);
            }

            if (providerSecret is not null)
            {
                builder.UseSetting("DevIdentity:ConfidentialClients:brent:Secret", providerSecret);
            }

            if (appCertificate is not null)
            {
                builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientCertificateName", "IdentityProviders:brent:Certificate");
                builder.UseSetting("IdentityProviders:brent:Certificate", Convert.ToBase64String(appCertificate.Export(X509ContentType.Pkcs12)));
            }

            if (providerCertificate is not null)
            {
                builder.UseSetting("DevIdentity:ConfidentialClients:brent:Certificate", providerCertificate.ExportCertificatePem());
            }
        }
    }

    internal static X509Certificate2 NewCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static async Task<HttpResponseMessage> SignIn(ConsortiumWebFactory factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        return await SignInFlow.Run(client, new Uri("http://brent.localhost/me"), "practitioner@brent", "consortium-demo");
    }

    private static void AssertSignedIn(HttpResponseMessage page)
    {
        Assert.Equal("/me", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static void AssertSignInFailedPage(HttpResponseMessage page)
    {
        Assert.Equal("/sign-in-failed", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    /// <summary>The token endpoint refused the client (not some other failure on the way), and no secret was logged.</summary>
    private static void AssertRefusedAsInvalidClient(CapturedLogs logs)
    {
        Assert.Contains(logs.Lines, l => l.Contains("OpenIdConnect", StringComparison.Ordinal) && l.Contains("invalid_client", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal) || l.Contains("not-the-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_client_secret_basic_the_person_signs_in_at_a_provider_that_accepts_only_the_basic_header()
    {
        using var factory = new ConfidentialFactory("client_secret_basic", Secret, Secret, null, null);

        AssertSignedIn(await SignIn(factory));
    }

    [Fact]
    public async Task With_client_secret_post_the_person_signs_in_at_a_provider_that_accepts_only_the_secret_in_the_body()
    {
        using var factory = new ConfidentialFactory("client_secret_post", Secret, Secret, null, null);

        AssertSignedIn(await SignIn(factory));
    }

    [Fact]
    public async Task With_private_key_jwt_the_person_signs_in_with_an_assertion_signed_by_the_configured_certificate()
    {
        using var certificate = NewCertificate("consortium-brent");
        using var factory = new ConfidentialFactory("private_key_jwt", null, null, certificate, certificate);

        AssertSignedIn(await SignIn(factory));
    }

    [Fact]
    public async Task A_wrong_client_secret_with_basic_ends_on_the_sign_in_failed_page()
    {
        using var factory = new ConfidentialFactory("client_secret_basic", "not-the-secret", Secret, null, null);

        AssertSignInFailedPage(await SignIn(factory));
        AssertRefusedAsInvalidClient(factory.Logs);
    }

    [Fact]
    public async Task An_assertion_signed_by_a_certificate_the_provider_does_not_know_ends_on_the_sign_in_failed_page()
    {
        using var registered = NewCertificate("consortium-brent");
        using var other = NewCertificate("someone-else");
        using var factory = new ConfidentialFactory("private_key_jwt", null, null, other, registered);

        AssertSignInFailedPage(await SignIn(factory));
        AssertRefusedAsInvalidClient(factory.Logs);
    }

    [Fact]
    public async Task The_provider_refuses_a_client_that_sends_its_secret_by_another_method_than_registered()
    {
        // The app sends the secret in the body (client_secret_post); the provider registered the client for Basic.
        using var factory = new MismatchFactory();

        AssertSignInFailedPage(await SignIn(factory));
    }

    [Fact]
    public async Task The_hub_signs_in_with_private_key_jwt_too()
    {
        using var certificate = NewCertificate("consortium-hub");
        using var factory = new HubFactory(certificate);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var page = await SignInFlow.Run(client, new Uri("http://hub.localhost/compare"), "lead@hub", "consortium-demo");

        Assert.Equal("/compare", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private sealed class HubFactory(X509Certificate2 certificate) : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:SignIn:Authority", "http://localhost/idp/hub");
            builder.UseSetting("Hub:SignIn:ClientId", "consortium-hub");
            builder.UseSetting("Hub:SignIn:ClientAuthenticationMethod", "private_key_jwt");
            builder.UseSetting("Hub:SignIn:ClientCertificateName", "IdentityProviders:hub:Certificate");
            builder.UseSetting("IdentityProviders:hub:Certificate", Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12)));
            builder.UseSetting("DevIdentity:ConfidentialClients:hub:Method", "private_key_jwt");
            builder.UseSetting("DevIdentity:ConfidentialClients:hub:Certificate", certificate.ExportCertificatePem());
        }
    }

    private sealed class MismatchFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:Authority", "http://localhost/idp/brent");
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientId", "consortium-brent");
            builder.UseSetting("Tenancy:Tenants:brent:IdentityProvider:ClientSecretName", "IdentityProviders:brent:ClientSecret");
            builder.UseSetting("IdentityProviders:brent:ClientSecret", Secret);
            builder.UseSetting("DevIdentity:ConfidentialClients:brent:Method", "client_secret_basic");
            builder.UseSetting("DevIdentity:ConfidentialClients:brent:Secret", Secret);
        }
    }
}
