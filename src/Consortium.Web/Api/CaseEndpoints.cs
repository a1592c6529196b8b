using System.Security.Claims;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>Read a case (logged in its child's access log), and move it to another stage with optimistic concurrency.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}", GetAsync)
            .WithName("GetCase")
            .WithSummary("A case: its stage, dates, what is due under the authority's timescales, and its history")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The case's version; send it as If-Match to move the case"));
        api.MapPost("/cases/{id:guid}/stage", MoveAsync)
            .WithName("MoveCaseStage")
            .WithSummary("Move a case to another stage")
            .WithDescription("If-Match must be the ETag the case was read with. If someone changed the case since, nothing is saved and the answer is 412, saying what changed. A move that authorises the single assessment needs assessmentFactors (census codes). Completing the assessment, a child in need plan and closure need a team manager's authorisation: made by a practitioner (or by a manager on their own case), nothing moves and the answer is 202 with the request, which a team manager authorises or declines. With includeSiblings, every other open case of the sibling group at the same stage moves too, or none does.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<StageMoveRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/cases/{id}"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The case's new version"));
        api.MapAuthorisations();
        return api;
    }

    private static async Task<Results<Ok<CaseDetail>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, CaseworkService casework, CaseloadService caseloads, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is not { } opened)
        {
            return new NotFoundProblem("case");
        }

        return Answer(http, opened.Child, opened.Case, await caseloads.SiblingGroupAsync(opened.Case, staff, cancellationToken), dueDates.For(opened.Case, policy.Value), casework.Today);
    }

    private static async Task<Results<Ok<CaseDetail>, Accepted<AuthorisationView>, ChangeProblem, RequestProblem>> MoveAsync(
        Guid id,
        HttpContext http,
        CaseworkService casework,
        AuthorisationService authorisations,
        CaseloadService caseloads,
        CaseDueDates dueDates,
        IOptionsSnapshot<PracticePolicy> policy,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is not { } opened)
        {
            return ChangeProblem.From(new Failure.NotFound("case"));
        }

        if (IfMatch.Read(http.Request, "GET /api/cases/{id}", "case", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<StageMoveRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Validate() is { Count: > 0 } missing)
        {
            return ChangeProblem.From(new Failure.Invalid(missing));
        }

        var outcome = await authorisations.ProposeAsync(id, body.Value.ToTransition(), token, staff, body.Value.IncludeSiblings, cancellationToken: cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        var moved = outcome.Value.Case;
        if (outcome.Value.Awaiting is { } awaiting)
        {
            http.Response.Headers.ETag = CaseETag.For(moved);
            return TypedResults.Accepted($"/api/cases/{id}/authorisations", AuthorisationView.From(awaiting));
        }

        return Answer(http, opened.Child, moved, await caseloads.SiblingGroupAsync(moved, staff, cancellationToken), dueDates.For(moved, policy.Value), casework.Today);
    }

    private static Ok<CaseDetail> Answer(HttpContext http, Child child, CaseRecord record, IReadOnlyList<CaseloadRow> siblings, IReadOnlyList<DueItem> due, DateOnly today)
    {
        http.Response.Headers.ETag = CaseETag.For(record);
        return TypedResults.Ok(CaseDetail.From(child, record, siblings, due, today));
    }
}
