using Consortium.Practice.Casework;
using Consortium.Practice.Maps;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>
/// A case's assessment and planning maps: list the versions, start the next, read one with its ratings, save the
/// latest with optimistic concurrency, and add a person's rating. Every read and change is logged as the pages log it.
/// </summary>
public static class MapEndpoints
{
    public static RouteGroupBuilder MapMaps(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/maps", VersionsAsync)
            .WithName("ListMapVersions")
            .WithSummary("The versions of a case's map, latest first")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/cases/{id:guid}/maps", StartAsync)
            .WithName("StartMapVersion")
            .WithSummary("Start the next version of a case's map")
            .WithDescription("The new version is copied from the latest (its next steps not yet done), or blank for the first; earlier versions can no longer be changed. No body.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The new map's version; send it as If-Match to save the map"));
        api.MapGet("/maps/{id:guid}", GetAsync)
            .WithName("GetMap")
            .WithSummary("A version of a map: its categories, statements and goals, next steps and every rating")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The map's version; send it as If-Match to save the map"));
        api.MapPut("/maps/{id:guid}", SaveAsync)
            .WithName("SaveMap")
            .WithSummary("Save the latest version of a map")
            .WithDescription("The body is the whole map. If-Match must be the ETag the map was read with. If someone changed the map since, nothing is saved and the answer is 412, saying what changed. An earlier version cannot be changed (409).")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<MapSaveRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/maps/{id}"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The map's new version"));
        api.MapPost("/maps/{id:guid}/ratings", RateAsync)
            .WithName("RateMap")
            .WithSummary("Add one person's score (0 to 10) for a pair of the map, or for the map overall")
            .WithDescription("Leave pairId out to rate the map overall. Scores are added, never replaced. Answers with the map and all its ratings.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<RatingInput>("application/json");
        return api;
    }

    private static async Task<Results<Ok<MapVersionList>, NotFoundProblem>> VersionsAsync(Guid id, HttpContext http, CaseworkService casework, SafetyMapService maps, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is null)
        {
            return new NotFoundProblem("case");
        }

        var versions = await maps.VersionsAsync(id, cancellationToken);
        return TypedResults.Ok(new MapVersionList(id, [.. versions.Select(MapVersionSummary.From)]));
    }

    private static async Task<Results<Created<MapVersionSummary>, ChangeProblem>> StartAsync(Guid id, HttpContext http, SafetyMapService maps, CancellationToken cancellationToken)
    {
        var outcome = await maps.StartVersionAsync(id, CurrentStaff.From(http.User), cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        var map = outcome.Value;
        http.Response.Headers.ETag = MapETag.For(map);
        return TypedResults.Created($"{http.Request.PathBase}/api/maps/{map.Id}", MapVersionSummary.From(map));
    }

    private static async Task<Results<Ok<MapDetail>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, SafetyMapService maps, CancellationToken cancellationToken)
    {
        if (await maps.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken) is not { } view)
        {
            return new NotFoundProblem("map");
        }

        return Answer(http, maps, view);
    }

    private static async Task<Results<Ok<MapDetail>, ChangeProblem, RequestProblem>> SaveAsync(Guid id, HttpContext http, SafetyMapService maps, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await maps.OpenAsync(id, staff, cancellationToken) is not { } view)
        {
            return ChangeProblem.From(new Failure.NotFound("map"));
        }

        if (IfMatch.Read(http.Request, "GET /api/maps/{id}", "map", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<MapSaveRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await maps.SaveAsync(id, body.Value.ToInput(view.Map.Kind), token, staff, cancellationToken: cancellationToken);
        return outcome.IsDone
            ? Answer(http, maps, view with { Map = outcome.Value, IsLatest = true })
            : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Created<MapDetail>, ChangeProblem, RequestProblem>> RateAsync(Guid id, HttpContext http, SafetyMapService maps, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RatingInput>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var staff = CurrentStaff.From(http.User);
        var outcome = await maps.RateAsync(id, body.Value, staff, cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        if (await maps.OpenAsync(id, staff, cancellationToken) is not { } view)
        {
            return ChangeProblem.From(new Failure.NotFound("map"));
        }

        http.Response.Headers.ETag = MapETag.For(view.Map);
        return TypedResults.Created($"{http.Request.PathBase}/api/maps/{id}", MapDetail.From(view, maps.Labels(view.Map.Kind), maps.Scale));
    }

    private static Ok<MapDetail> Answer(HttpContext http, SafetyMapService maps, MapView view)
    {
        http.Response.Headers.ETag = MapETag.For(view.Map);
        return TypedResults.Ok(MapDetail.From(view, maps.Labels(view.Map.Kind), maps.Scale));
    }
}
