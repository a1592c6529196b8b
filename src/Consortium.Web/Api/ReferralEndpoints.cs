using Consortium.Practice.Casework;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>Record a referral: of a new child with their case, saved together or not at all; or of a child already on record.</summary>
public static class ReferralEndpoints
{
    public static RouteGroupBuilder MapReferrals(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/referrals", RecordAsync)
            .WithName("RecordReferral")
            .WithSummary("Record a referral: a new child and their case")
            .WithDescription("Either dateOfBirth or, for an unborn child, expectedDateOfBirth. Codes are those of the Children in Need census. The new case is allocated to the person recording it.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<NewReferral>("application/json")
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The new case's ETag, for If-Match on its first stage move"));
        api.MapPost("/children/{id:guid}/referrals", RecordAgainAsync)
            .WithName("RecordReReferral")
            .WithSummary("Record a new referral of a child already on record: a new case of the same child")
            .WithDescription("Only the referral: referralDate, referralSource and primaryNeed (census codes). Refused with 409 while the child has an open case; the referral date must be after their last case closed. The new case is allocated to the person recording it. A restricted record the person is not named on is not found (404).")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<ReReferral>("application/json")
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The new case's ETag, for If-Match on its first stage move"));
        return api;
    }

    private static async Task<Results<Created<ReferralRecorded>, ChangeProblem, RequestProblem>> RecordAgainAsync(Guid id, HttpContext http, ReReferralService referrals, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ReReferral>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await referrals.RecordAsync(id, body.Value, CurrentStaff.From(http.User), cancellationToken);
        return outcome.IsDone ? Created(http, outcome.Value) : ChangeProblem.From(outcome.Failure);
    }

    private static Created<ReferralRecorded> Created(HttpContext http, CaseRecord record)
    {
        http.Response.Headers.ETag = CaseETag.For(record);
        return TypedResults.Created($"{http.Request.PathBase}/api/cases/{record.Id}", new ReferralRecorded(record.Id, record.Reference, record.ChildId));
    }

    private static async Task<Results<Created<ReferralRecorded>, ChangeProblem, RequestProblem>> RecordAsync(HttpContext http, CaseworkService casework, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<NewReferral>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await casework.RecordReferralAsync(body.Value, CurrentStaff.From(http.User), cancellationToken: cancellationToken);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        return Created(http, outcome.Value);
    }
}
