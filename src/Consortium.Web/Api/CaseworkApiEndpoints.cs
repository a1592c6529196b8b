using Consortium.Tenancy.Resolution;

namespace Consortium.Web.Api;

public static class CaseworkApiEndpoints
{
    /// <summary>
    /// The casework API under /api, at an authority only (no realm named), with its responses middleware in
    /// front of it; and its OpenAPI document at /openapi/v1.json, open to anyone at an authority and on the
    /// platform's host. Call after UseAuthorization.
    /// </summary>
    public static WebApplication MapCaseworkApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApiRequest, api => api.UseMiddleware<ApiResponsesMiddleware>());
        var api = app.MapGroup("/api")
            .WithTags("Casework")
            .WithMetadata(CaseworkApiEndpoint.Instance)
            .AddEndpointFilter<RequestedWithFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapChildren();
        api.MapReferrals();
        api.MapCases();
        api.MapSiblings();
        api.MapProtectionPlans();
        api.MapCaseloads();
        api.MapMaps();
        api.MapSafetyPlanning();
        api.MapFamilyGoals();
        api.MapCaseNotes();
        api.MapEnquiryOutcomes();
        api.MapCensusDetails();
        api.MapDirectWork();
        api.MapAudits();
        app.MapOpenApi().InRealms(Realms.Tenant, Realms.Platform).AllowAnonymous();
        return app;
    }

    private static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && Realms.Of(context) == Realms.Tenant;
}
