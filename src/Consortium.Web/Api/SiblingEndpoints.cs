using Consortium.Practice.Casework;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
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
            .Produces<ReferralRecorded>(StatusCodes.Status201Created)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The sibling's new case's ETag"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> AddAsync(Guid id, HttpContext http, CaseworkService casework, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(http.User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is null)
        {
            return ApiProblems.NotFound("case");
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

        var result = await casework.AddSiblingAsync(id, body.Value.ToReferral(), token, staff, cancellationToken);
        if (result.IsConflict)
        {
            return CaseConflict.Problem(result.TheirChanges ?? []);
        }

        if (result.Case is not { } record)
        {
            if (result.Problems.Any(p => p.Field == CaseworkService.ClosedCaseField))
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case is closed", detail: "A closed case cannot take another child. Record a new referral instead. Nothing was saved.");
            }

            return result.Problems.Any(p => p.Field.Length == 0) ? ApiProblems.NotFound("case") : ApiProblems.Invalid(result.Problems);
        }

        http.Response.Headers.ETag = CaseETag.For(record);
        return Results.Created($"{http.Request.PathBase}/api/cases/{record.Id}", new ReferralRecorded(record.Id, record.Reference, record.ChildId));
    }
}
