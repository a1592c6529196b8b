using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consortium.Web.Api.OpenApi;

/// <summary>The document's title and description, and the authority's session cookie as its security scheme.</summary>
public sealed class CaseworkDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SessionScheme = "session";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Consortium casework API",
            Version = "v1",
            Description =
                "Children, referrals, cases and caseloads of one authority, at that authority's address (https://{slug}.{domain}/api or /t/{slug}/api). " +
                "Sign in at the authority first: the API uses the same session cookie. Requests that change data must send X-Requested-With: consortium. " +
                "A stage move sends the case's ETag as If-Match. Every error is an RFC 9457 problem (application/problem+json).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ".consortium.{slug}",
            Description = "The authority's session cookie, set by signing in at the authority through its identity provider.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
