using Consortium.Practice.Casework;
using Consortium.Practice.SafetyPlanning;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>A case's safety network and safety plan: read them, add someone to the network, write the plan's next revision.</summary>
public static class SafetyPlanningEndpoints
{
    public static RouteGroupBuilder MapSafetyPlanning(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/safety", GetAsync)
            .WithName("GetSafetyPlanning")
            .WithSummary("A case's safety network and every revision of its safety plan, latest first")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<SafetyDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{id:guid}/safety/network", AddMemberAsync)
            .WithName("AddSafetyNetworkMember")
            .WithSummary("Add someone to a case's safety network")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<NetworkMemberInput>("application/json")
            .Produces<SafetyDetail>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/cases/{id:guid}/safety/plan", ReviseAsync)
            .WithName("ReviseSafetyPlan")
            .WithSummary("Write the next revision of a case's safety plan")
            .WithDescription("The body is the whole plan, with basedOnRevision: the currentRevision it was read with (0 for the first plan). If someone revised the plan since, nothing is saved and the answer is 412, saying what changed. Each rule names the network members (by id) who make sure it is kept.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<PlanRevisionRequest>("application/json")
            .Produces<SafetyDetail>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, SafetyPlanningService safety, CancellationToken cancellationToken) =>
        await safety.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken) is { } planning
            ? Results.Ok(SafetyDetail.From(planning))
            : ApiProblems.NotFound("case");

    private static async Task<IResult> AddMemberAsync(Guid id, HttpContext http, SafetyPlanningService safety, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<NetworkMemberInput>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var staff = CurrentStaff.From(http.User);
        var result = await safety.AddMemberAsync(id, body.Value, staff, cancellationToken);
        return result.Succeeded ? await Created(http, safety, id, staff, cancellationToken) : NotFoundOrInvalid(result);
    }

    private static async Task<IResult> ReviseAsync(Guid id, HttpContext http, SafetyPlanningService safety, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PlanRevisionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Validate() is { Count: > 0 } missing)
        {
            return ApiProblems.Invalid(missing);
        }

        var staff = CurrentStaff.From(http.User);
        var result = await safety.ReviseAsync(id, body.Value.ToInput(), body.Value.BasedOnRevision!.Value, staff, cancellationToken);
        if (result.TheirChanges is { } theirChanges)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The plan has changed since you read it",
                detail: $"The plan has been revised since revision {body.Value.BasedOnRevision} was read: {string.Join("; ", theirChanges)}. Nothing was saved. Read the plan again and send your revision based on its currentRevision.",
                extensions: new Dictionary<string, object?> { ["theirChanges"] = theirChanges });
        }

        return result.Succeeded ? await Created(http, safety, id, staff, cancellationToken) : NotFoundOrInvalid(result);
    }

    private static async Task<IResult> Created(HttpContext http, SafetyPlanningService safety, Guid id, StaffMember staff, CancellationToken cancellationToken) =>
        await safety.OpenAsync(id, staff, cancellationToken) is { } planning
            ? Results.Created($"{http.Request.PathBase}/api/cases/{id}/safety", SafetyDetail.From(planning))
            : ApiProblems.NotFound("case");

    private static IResult NotFoundOrInvalid(PlanningResult result) =>
        result.Problems.Any(p => p.Field.Length == 0) ? ApiProblems.NotFound("case") : ApiProblems.Invalid(result.Problems);
}
