using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/cases/{id:guid}/safety/network", AddMemberAsync)
            .WithName("AddSafetyNetworkMember")
            .WithSummary("Add someone to a case's safety network")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<NetworkMemberInput>("application/json");
        api.MapPost("/cases/{id:guid}/safety/plan", ReviseAsync)
            .WithName("ReviseSafetyPlan")
            .WithSummary("Write the next revision of a case's safety plan")
            .WithDescription("The body is the whole plan, with basedOnRevision: the currentRevision it was read with (0 for the first plan). If someone revised the plan since, nothing is saved and the answer is 412, saying what changed. Each rule names the network members (by id) who make sure it is kept. Who agreed the plan: agreedByStaff (ids from the staff directory), agreedByFamily (ids of the child's family members or of the case's safety network) and agreedOn (not in the future); an Agreed plan needs them, and people and date go together.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<PlanRevisionRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<SafetyDetail>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, SafetyPlanningService safety, CancellationToken cancellationToken) =>
        await safety.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken) is { } planning
            ? TypedResults.Ok(SafetyDetail.From(planning))
            : new NotFoundProblem("case");

    private static async Task<Results<Created<SafetyDetail>, ChangeProblem, RequestProblem>> AddMemberAsync(Guid id, HttpContext http, SafetyPlanningService safety, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<NetworkMemberInput>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var staff = CurrentStaff.From(http.User);
        var outcome = await safety.AddMemberAsync(id, body.Value, staff, cancellationToken);
        return outcome.IsDone ? await Created(http, safety, id, staff, cancellationToken) : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Created<SafetyDetail>, ChangeProblem, RequestProblem>> ReviseAsync(Guid id, HttpContext http, SafetyPlanningService safety, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PlanRevisionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Validate() is { Count: > 0 } missing)
        {
            return ChangeProblem.From(new Failure.Invalid(missing));
        }

        var staff = CurrentStaff.From(http.User);
        var outcome = await safety.ReviseAsync(id, body.Value.ToInput(), body.Value.BasedOnRevision!.Value, staff, cancellationToken);
        return outcome.IsDone ? await Created(http, safety, id, staff, cancellationToken) : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Created<SafetyDetail>, ChangeProblem, RequestProblem>> Created(HttpContext http, SafetyPlanningService safety, Guid id, StaffMember staff, CancellationToken cancellationToken) =>
        await safety.OpenAsync(id, staff, cancellationToken) is { } planning
            ? TypedResults.Created($"{http.Request.PathBase}/api/cases/{id}/safety", SafetyDetail.From(planning))
            : ChangeProblem.From(new Failure.NotFound("case"));
}
