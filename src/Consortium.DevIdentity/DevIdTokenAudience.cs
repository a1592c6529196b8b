using Microsoft.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Consortium.DevIdentity;

/// <summary>With <see cref="DevIdentityOptions.IdTokenAudience"/> set, id_tokens name that audience instead of the client.</summary>
internal static class DevIdTokenAudience
{
    public static ValueTask Apply(OpenIddictServerEvents.ProcessSignInContext context)
    {
        var audience = context.Transaction.GetHttpRequest()?.HttpContext.RequestServices
            .GetRequiredService<IOptions<DevIdentityOptions>>().Value.IdTokenAudience;
        if (!string.IsNullOrEmpty(audience) && context.IdentityTokenPrincipal is { } principal)
        {
            principal.SetAudiences(audience);
        }

        return default;
    }
}
