using Consortium.Practice.Casework;
using Consortium.Practice.Maps;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
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
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<MapVersionList>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{id:guid}/maps", StartAsync)
            .WithName("StartMapVersion")
            .WithSummary("Start the next version of a case's map")
            .WithDescription("The new version is copied from the latest (its next steps not yet done), or blank for the first; earlier versions can no longer be changed. No body.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Produces<MapVersionSummary>(StatusCodes.Status201Created)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The new map's version; send it as If-Match to save the map"))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/maps/{id:guid}", GetAsync)
            .WithName("GetMap")
            .WithSummary("A version of a map: its categories, statements and goals, next steps and every rating")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<MapDetail>()
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The map's version; send it as If-Match to save the map"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/maps/{id:guid}", SaveAsync)
            .WithName("SaveMap")
            .WithSummary("Save the latest version of a map")
            .WithDescription("The body is the whole map. If-Match must be the ETag the map was read with. If someone changed the map since, nothing is saved and the answer is 412, saying what changed. An earlier version cannot be changed (409).")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<MapSaveRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/maps/{id}"))
            .Produces<MapDetail>()
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The map's new version"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/maps/{id:guid}/ratings", RateAsync)
            .WithName("RateMap")
            .WithSummary("Add one person's score (0 to 10) for a pair of the map, or for the map overall")
            .WithDescription("Leave pairId out to rate the map overall. Scores are added, never replaced. Answers with the map and all its ratings.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<RatingInput>("application/json")
            .Produces<MapDetail>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> VersionsAsync(Guid id, HttpContext http, CaseworkService casework, SafetyMapService maps, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is null)
        {
            return ApiProblems.NotFound("case");
        }

        var versions = await maps.VersionsAsync(id, cancellationToken);
        return Results.Ok(new MapVersionList(id, [.. versions.Select(MapVersionSummary.From)]));
    }

    private static async Task<IResult> StartAsync(Guid id, HttpContext http, SafetyMapService maps, CancellationToken cancellationToken)
    {
        var result = await maps.StartVersionAsync(id, CurrentStaff.From(http.User), cancellationToken);
        if (result.Map is not { } map)
        {
            return result.IsConflict
                ? Results.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Someone else started a new version at the same time",
                    detail: $"{string.Join(" ", result.Problems.Select(p => p.Message))} Nothing was saved.",
                    extensions: new Dictionary<string, object?> { ["theirChanges"] = result.TheirChanges })
                : ApiProblems.NotFound("case");
        }

        http.Response.Headers.ETag = MapETag.For(map);
        return Results.Created($"{http.Request.PathBase}/api/maps/{map.Id}", MapVersionSummary.From(map));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, SafetyMapService maps, CancellationToken cancellationToken)
    {
        if (await maps.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound("map");
        }

        return Answer(http, maps, view);
    }

    private static async Task<IResult> SaveAsync(Guid id, HttpContext http, SafetyMapService maps, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await maps.OpenAsync(id, staff, cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound("map");
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

        var result = await maps.SaveAsync(id, body.Value.ToInput(view.Map.Kind), token, staff, cancellationToken);
        if (result.IsConflict)
        {
            var theirChanges = result.TheirChanges ?? [];
            return Results.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The map has changed since you read it",
                detail: $"The map has changed since the ETag in If-Match was read: {string.Join("; ", theirChanges)}. Nothing was saved. Read the map again, bring your changes into it, and send it with the new ETag.",
                extensions: new Dictionary<string, object?> { ["theirChanges"] = theirChanges });
        }

        if (result.Map is not { } saved)
        {
            if (ReferenceEquals(result, MapResult.NotFound))
            {
                return ApiProblems.NotFound("map");
            }

            return result.Problems.Any(p => p.Field.Length == 0)
                ? Results.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "This version of the map cannot be changed",
                    detail: $"{string.Join(" ", result.Problems.Select(p => p.Message))} Nothing was saved.")
                : ApiProblems.Invalid(result.Problems);
        }

        return Answer(http, maps, view with { Map = saved, IsLatest = true });
    }

    private static async Task<IResult> RateAsync(Guid id, HttpContext http, SafetyMapService maps, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RatingInput>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var staff = CurrentStaff.From(http.User);
        var result = await maps.RateAsync(id, body.Value, staff, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problems.Any(p => p.Field.Length == 0) ? ApiProblems.NotFound("map") : ApiProblems.Invalid(result.Problems);
        }

        if (await maps.OpenAsync(id, staff, cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound("map");
        }

        http.Response.Headers.ETag = MapETag.For(view.Map);
        return Results.Created($"{http.Request.PathBase}/api/maps/{id}", MapDetail.From(view, maps.Labels(view.Map.Kind)));
    }

    private static IResult Answer(HttpContext http, SafetyMapService maps, MapView view)
    {
        http.Response.Headers.ETag = MapETag.For(view.Map);
        return Results.Ok(MapDetail.From(view, maps.Labels(view.Map.Kind)));
    }
}
