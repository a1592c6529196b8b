using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>The requests for a team manager's authorisation made on a case, and a manager's decision on one.</summary>
public static class AuthorisationEndpoints
{
    public static RouteGroupBuilder MapAuthorisations(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/authorisations", ListAsync)
            .WithName("ListAuthorisations")
            .WithSummary("Every request for a team manager's authorisation made on a case, newest first, with its decision")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/authorisations/{id:guid}/authorise", AuthoriseAsync)
            .WithName("AuthoriseStep")
            .WithSummary("Authorise a requested step: the case moves as the practitioner proposed, as of effectiveOn")
            .WithDescription("Team managers only, and never the person who asked for it. If-Match is the case's ETag; a case changed since is 412.")
            .RequireAuthorization(AuthorizationPolicies.TeamManager)
            .Accepts<AuthoriseRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/cases/{id}"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The case's new version"));
        api.MapPost("/authorisations/{id:guid}/decline", DeclineAsync)
            .WithName("DeclineStep")
            .WithSummary("Decline a requested step, saying why; the case stays where it is")
            .RequireAuthorization(AuthorizationPolicies.TeamManager)
            .Accepts<DeclineRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuthorisationView>>, NotFoundProblem>> ListAsync(Guid id, HttpContext http, CaseworkService casework, AuthorisationService authorisations, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is null)
        {
            return new NotFoundProblem("case");
        }

        return TypedResults.Ok<IReadOnlyList<AuthorisationView>>([.. (await authorisations.ForCaseAsync(id, cancellationToken)).Select(AuthorisationView.From)]);
    }

    private static async Task<Results<Ok<AuthorisationView>, ChangeProblem, RequestProblem>> AuthoriseAsync(
        Guid id, HttpContext http, AuthorisationService authorisations, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (IfMatch.Read(http.Request, "GET /api/cases/{id}", "case", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<AuthoriseRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.EffectiveOn is not { } on)
        {
            return ChangeProblem.From(new Failure.Invalid([new("EffectiveOn", "Enter the date the step is authorised")]));
        }

        var outcome = await authorisations.AuthoriseAsync(id, on, token, CurrentStaff.From(http.User), cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        http.Response.Headers.ETag = CaseETag.For(outcome.Value);
        var decided = (await authorisations.ForCaseAsync(outcome.Value.Id, cancellationToken)).First(r => r.Id == id);
        return TypedResults.Ok(AuthorisationView.From(decided));
    }

    private static async Task<Results<Ok<AuthorisationView>, ChangeProblem, RequestProblem>> DeclineAsync(
        Guid id, HttpContext http, AuthorisationService authorisations, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DeclineRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await authorisations.DeclineAsync(id, body.Value.Reason, CurrentStaff.From(http.User), cancellationToken);
        return outcome.IsDone ? TypedResults.Ok(AuthorisationView.From(outcome.Value)) : ChangeProblem.From(outcome.Failure);
    }
}
