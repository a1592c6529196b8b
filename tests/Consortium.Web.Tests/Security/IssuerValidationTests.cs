using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Tests.Security;

/// <summary>
/// An id token issued by another authority's issuer is refused, even when it is genuinely signed by the same
/// provider software and carries the right audience.
/// </summary>
public sealed class IssuerValidationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<string> IdTokenFrom(string realm, string user) =>
        (await DevTokens.Obtain(factory, realm, user)).GetProperty("id_token").GetString()!;

    private async Task<TokenValidationResult> ValidateAt(string slug, string idToken, string audience)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantOidc);
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
            var parameters = options.TokenValidationParameters.Clone();
            parameters.IssuerSigningKeys = configuration.SigningKeys;
            parameters.ValidAudience = audience;
            return await new JsonWebTokenHandler().ValidateTokenAsync(idToken, parameters);
        });
    }

    [Fact]
    public async Task A_token_from_another_authoritys_issuer_is_refused()
    {
        var bristolToken = await IdTokenFrom("bristol", "practitioner@bristol");

        var atBristol = await ValidateAt("bristol", bristolToken, "consortium-bristol");
        var atBrent = await ValidateAt("brent", bristolToken, "consortium-bristol");

        Assert.True(atBristol.IsValid, atBristol.Exception?.Message);
        Assert.False(atBrent.IsValid);
        Assert.IsType<SecurityTokenInvalidIssuerException>(atBrent.Exception);
    }

    [Fact]
    public async Task Each_authority_trusts_only_its_own_issuer()
    {
        var directory = factory.Services.GetRequiredService<ITenantDirectory>();
        foreach (var slug in new[] { "brent", "wakefield" })
        {
            var tenant = (await directory.FindByIdentifierAsync(slug))!;
            var issuers = await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) =>
                Task.FromResult(sp.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantOidc).TokenValidationParameters.ValidIssuers.ToList()));

            Assert.Equal([$"http://localhost/idp/{slug}", $"http://localhost/idp/{slug}/"], issuers);
        }
    }
}
