using Consortium.Practice.Casework;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>Record a referral: the child and their case, saved together or not at all.</summary>
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
            .Produces<ReferralRecorded>(StatusCodes.Status201Created)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The new case's ETag, for If-Match on its first stage move"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> RecordAsync(HttpContext http, CaseworkService casework, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<NewReferral>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var result = await casework.RecordReferralAsync(body.Value, CurrentStaff.From(http.User), cancellationToken: cancellationToken);
        if (result.Case is not { } record)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        http.Response.Headers.ETag = CaseETag.For(record);
        return Results.Created($"{http.Request.PathBase}/api/cases/{record.Id}", new ReferralRecorded(record.Id, record.Reference, record.ChildId));
    }
}
