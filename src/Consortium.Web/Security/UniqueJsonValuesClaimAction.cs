using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OAuth.Claims;

namespace Consortium.Web.Security;

/// <summary>
/// Adds a userinfo value (or each value of an array, such as roles or groups) as a claim unless the id_token already
/// gave the same claim, so a provider that sends it in both places does not give it twice.
/// </summary>
internal sealed class UniqueJsonValuesClaimAction(string claimType) : ClaimAction(claimType, ClaimValueTypes.String)
{
    public override void Run(JsonElement userData, ClaimsIdentity identity, string issuer)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!userData.TryGetProperty(ClaimType, out var value))
        {
            return;
        }

        var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var text in values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!))
        {
            if (!identity.HasClaim(ClaimType, text))
            {
                identity.AddClaim(new Claim(ClaimType, text, ValueType, issuer));
            }
        }
    }
}
