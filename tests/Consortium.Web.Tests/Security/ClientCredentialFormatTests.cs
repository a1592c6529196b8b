using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Configuration;
using Consortium.Web.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Tests.Security;

/// <summary>What goes on the wire for client_secret_basic and private_key_jwt, as Microsoft Entra expects it.</summary>
public sealed class ClientCredentialFormatTests
{
    [Fact]
    public void The_basic_header_form_url_encodes_the_client_id_and_secret_before_base64()
    {
        var header = Encoding.UTF8.GetString(Convert.FromBase64String(ClientSecretBasic.Credentials("app id", "a:b+c/d%e~f")));

        Assert.Equal("app+id:a%3Ab%2Bc%2Fd%25e~f", header);
    }

    [Fact]
    public void A_certificate_is_loaded_once_however_often_the_realms_options_are_rebuilt_or_checked()
    {
        using var generated = ClientAuthenticationTests.NewCertificate("consortium-brent");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IdentityProviders:brent:Certificate"] = Convert.ToBase64String(generated.Export(X509ContentType.Pkcs12)),
        }).Build();

        var first = ClientCredentials.Read(configuration, "brent", "private_key_jwt", null, "IdentityProviders:brent:Certificate");
        Assert.Empty(ClientCredentials.Problems(configuration, "brent", "private_key_jwt", null, "IdentityProviders:brent:Certificate"));
        var second = ClientCredentials.Read(configuration, "brent", "private_key_jwt", null, "IdentityProviders:brent:Certificate");

        Assert.Same(first.Certificate, second.Certificate);
        Assert.NotNull(first.Certificate!.GetRSAPrivateKey());
    }

    [Fact]
    public void The_assertion_names_the_client_as_issuer_and_subject_the_token_endpoint_as_audience_and_the_certificate_by_thumbprint()
    {
        using var certificate = ClientAuthenticationTests.NewCertificate("consortium-brent");
        var now = DateTimeOffset.UtcNow;

        var jwt = new JsonWebToken(PrivateKeyJwt.Assertion("client-1", "https://login.example/tenant/oauth2/v2.0/token", certificate, now));

        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal(Base64UrlEncoder.Encode(certificate.GetCertHash()), jwt.X5t);
        Assert.Equal(certificate.Thumbprint, jwt.Kid);
        Assert.Equal("client-1", jwt.Issuer);
        Assert.Equal("client-1", jwt.Subject);
        Assert.Equal(["https://login.example/tenant/oauth2/v2.0/token"], jwt.Audiences);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
        Assert.InRange(jwt.ValidTo, now.UtcDateTime.AddSeconds(60), now.UtcDateTime.AddMinutes(5));
        Assert.NotEqual(jwt.Id, new JsonWebToken(PrivateKeyJwt.Assertion("client-1", "https://login.example/t", certificate, now)).Id);
    }
}
