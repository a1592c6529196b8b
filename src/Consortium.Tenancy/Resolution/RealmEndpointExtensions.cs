using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Consortium.Tenancy.Resolution;

public static class RealmEndpointExtensions
{
    /// <summary>Lets the endpoints answer in the given realms (instead of the tenant realm only).</summary>
    public static TBuilder InRealms<TBuilder>(this TBuilder builder, params string[] realms)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint => endpoint.Metadata.Add(new RealmAttribute(realms)));
        return builder;
    }
}
