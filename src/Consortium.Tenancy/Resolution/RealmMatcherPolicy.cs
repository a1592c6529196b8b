using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Consortium.Tenancy.Resolution;

/// <summary>
/// Routing sees only the endpoints of the request's realm: a tenant page does not exist on the hub's or the
/// platform's host (404, never served without an authority), and several realms can each have a page at "/".
/// </summary>
internal sealed class RealmMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    private static readonly RealmAttribute TenantOnly = new(Realms.Tenant);

    public override int Order => -100;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => true;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var realm = Realms.Of(httpContext);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && !RealmsOf(candidates[i].Endpoint).Allows(realm))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    internal static RealmAttribute RealmsOf(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<RealmAttribute>() ?? TenantOnly;
}
