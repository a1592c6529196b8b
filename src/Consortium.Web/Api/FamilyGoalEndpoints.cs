using Consortium.Practice.Casework;
using Consortium.Practice.Goals;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>A case's family goals: read them, add one with its rating at the start, rate one at a review or at closure.</summary>
public static class FamilyGoalEndpoints
{
    public static RouteGroupBuilder MapFamilyGoals(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/goals", GetAsync)
            .WithName("GetFamilyGoals")
            .WithSummary("A case's family goals, in the family's own words, with every rating")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/cases/{id:guid}/goals", AddAsync)
            .WithName("AddFamilyGoal")
            .WithSummary("Add a family goal with the family's rating at the start (0 to 10)")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<GoalRequest>("application/json");
        api.MapPost("/cases/{id:guid}/goals/{goalId:guid}/ratings", RateAsync)
            .WithName("RateFamilyGoal")
            .WithSummary("Rate a family goal at a review or at closure")
            .WithDescription("basedOnVersion is the goal's version it was read with; if someone rated the goal since, nothing is saved and the answer is 412. A goal rated at closure takes no more ratings.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<GoalRatingRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<FamilyGoalsView>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, FamilyGoalService goals, CancellationToken cancellationToken) =>
        await goals.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken) is { } view
            ? TypedResults.Ok(FamilyGoalsView.From(view))
            : new NotFoundProblem("case");

    private static async Task<Results<Created<FamilyGoalsView>, ChangeProblem, RequestProblem>> AddAsync(Guid id, HttpContext http, FamilyGoalService goals, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<GoalRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var staff = CurrentStaff.From(http.User);
        var outcome = await goals.AddAsync(id, body.Value.ToInput(), staff, cancellationToken);
        return outcome.IsDone ? await Created(http, goals, id, staff, cancellationToken) : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Created<FamilyGoalsView>, ChangeProblem, RequestProblem>> RateAsync(Guid id, Guid goalId, HttpContext http, FamilyGoalService goals, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<GoalRatingRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Validate() is { Count: > 0 } missing)
        {
            return ChangeProblem.From(new Failure.Invalid(missing));
        }

        var staff = CurrentStaff.From(http.User);
        var outcome = await goals.RateAsync(id, goalId, body.Value.ToInput(), body.Value.BasedOnVersion!.Value, staff, cancellationToken);
        return outcome.IsDone ? await Created(http, goals, id, staff, cancellationToken) : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Created<FamilyGoalsView>, ChangeProblem, RequestProblem>> Created(HttpContext http, FamilyGoalService goals, Guid id, StaffMember staff, CancellationToken cancellationToken) =>
        await goals.OpenAsync(id, staff, cancellationToken) is { } view
            ? TypedResults.Created($"{http.Request.PathBase}/api/cases/{id}/goals", FamilyGoalsView.From(view))
            : ChangeProblem.From(new Failure.NotFound("case"));
}
