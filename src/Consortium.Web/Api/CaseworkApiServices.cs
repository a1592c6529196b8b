using System.Text.Json.Serialization;
using Consortium.Web.Api.OpenApi;
using Microsoft.AspNetCore.Authorization;

namespace Consortium.Web.Api;

public static class CaseworkApiServices
{
    /// <summary>JSON with enums as names, problem answers instead of sign-in redirects for the API, and its OpenAPI document.</summary>
    public static IServiceCollection AddCaseworkApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<CaseworkApiEndpoint>().Any();
            o.AddDocumentTransformer<CaseworkDocumentTransformer>();
            o.AddOperationTransformer<CaseworkOperationTransformer>();
        });
        return services;
    }
}
