using Consortium.Practice.Casework;
using Consortium.Practice.Census.Recording;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Api.OpenApi;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>Read and record what the Children in Need census needs of a child and of an episode beyond the casework.</summary>
public static class CensusDetailsEndpoints
{
    public static RouteGroupBuilder MapCensusDetails(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/children/{id:guid}/census-details", GetChildAsync)
            .WithName("GetChildCensusDetails")
            .WithSummary("A child's unique pupil number or why it is unknown, former UPN and date of death")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The child record's version; send it as If-Match to change these details"));
        api.MapPut("/children/{id:guid}/census-details", PutChildAsync)
            .WithName("RecordChildCensusDetails")
            .WithSummary("Record a child's unique pupil number or why it is unknown, former UPN and date of death")
            .WithDescription("upn: 13 characters with the right check letter and an English authority's code (400 otherwise); upnUnknown: UN1-UN7, only without a upn; formerUpn: of the UPN's form; dateOfDeath: not in the future nor before birth. Each may be null. If-Match: the ETag from GET /api/children/{id}/census-details (428 without it, 412 if the record changed since).")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<ChildCensusDetailsRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/children/{id}/census-details"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The child record's new version"));
        api.MapPut("/cases/{id:guid}/census-details", PutEpisodeAsync)
            .WithName("RecordEpisodeCensusDetails")
            .WithSummary("Record whether a case's referral led to no further action, and its plan's latest category of abuse")
            .WithDescription("referralNfa: true, false or null (not recorded); true is refused for a case that had an assessment, enquiry or plan. latestCategoryOfAbuse: NEG, PHY, SAB, EMO or MUL, only for a case with a child protection plan. If-Match: the ETag from GET /api/cases/{id} (428 without it, 412 if the case changed since).")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<EpisodeCensusDetailsRequest>("application/json")
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/cases/{id}"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The case's new version"));
        return api;
    }

    private static async Task<Results<Ok<ChildCensusDetailsView>, RestrictedProblem, NotFoundProblem>> GetChildAsync(Guid id, HttpContext http, CaseworkService casework, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(http.User), cancellationToken);
        if (opening.IsRestricted)
        {
            return new RestrictedProblem();
        }

        if (opening.Child is not { } child)
        {
            return new NotFoundProblem("child");
        }

        http.Response.Headers.ETag = ChildCensusDetailsView.ETagOf(child);
        return TypedResults.Ok(ChildCensusDetailsView.From(child));
    }

    private static async Task<Results<Ok<ChildCensusDetailsView>, ChangeProblem, RequestProblem>> PutChildAsync(
        Guid id, HttpContext http, CensusDetailsService details, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (IfMatch.Read(http.Request, "GET /api/children/{id}/census-details", "child's census details", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<ChildCensusDetailsRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var request = body.Value;
        var saved = await details.RecordForChildAsync(id, new ChildCensusDetails(request.Upn, request.UpnUnknown, request.FormerUpn, request.DateOfDeath), token, CurrentStaff.From(http.User), cancellationToken);
        if (!saved.IsDone)
        {
            return ChangeProblem.From(saved.Failure);
        }

        http.Response.Headers.ETag = ChildCensusDetailsView.ETagOf(saved.Value);
        return TypedResults.Ok(ChildCensusDetailsView.From(saved.Value));
    }

    private static async Task<Results<Ok<EpisodeCensusDetailsView>, ChangeProblem, RequestProblem>> PutEpisodeAsync(
        Guid id, HttpContext http, CensusDetailsService details, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (IfMatch.Read(http.Request, "GET /api/cases/{id}", "case", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<EpisodeCensusDetailsRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var saved = await details.RecordForEpisodeAsync(id, new EpisodeCensusDetails(body.Value.ReferralNfa, body.Value.LatestCategoryOfAbuse), token, CurrentStaff.From(http.User), cancellationToken: cancellationToken);
        if (!saved.IsDone)
        {
            return ChangeProblem.From(saved.Failure);
        }

        http.Response.Headers.ETag = CaseETag.For(saved.Value);
        return TypedResults.Ok(EpisodeCensusDetailsView.From(saved.Value));
    }
}
