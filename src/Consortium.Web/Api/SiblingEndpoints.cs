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

/// <summary>Add a sibling to a case's referral: a new child with their own case in the same sibling group.</summary>
public static class SiblingEndpoints
{
    public static RouteGroupBuilder MapSiblings(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/cases/{id:guid}/siblings", AddAsync)
            .WithName("AddSibling")
            .WithSummary("Add a sibling to a case's referral")
            .WithDescription("The sibling gets their own case (the census is child-level) with the case's referral date, source and primary need, at the referral stage, allocated to the same worker and linked by siblingGroupId. If-Match is the case's ETag; the case's ETag changes too.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<SiblingRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/cases/{id}"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The sibling's new case's ETag"));
        return api;
    }

    private static async Task<Results<Created<ReferralRecorded>, ChangeProblem, RequestProblem>> AddAsync(Guid id, HttpContext http, CaseworkService casework, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is null)
        {
            return ChangeProblem.From(new Failure.NotFound("case"));
        }

        if (IfMatch.Read(http.Request, "GET /api/cases/{id}", "case", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<SiblingRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await casework.AddSiblingAsync(id, body.Value.ToReferral(), token, staff, cancellationToken: cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        var record = outcome.Value;
        http.Response.Headers.ETag = CaseETag.For(record);
        return TypedResults.Created($"{http.Request.PathBase}/api/cases/{record.Id}", new ReferralRecorded(record.Id, record.Reference, record.ChildId));
    }
}
