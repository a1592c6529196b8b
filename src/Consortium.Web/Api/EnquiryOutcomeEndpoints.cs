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

/// <summary>The outcomes of a case's strategy discussion and section 47 enquiry: read them with their history, record one, correct one.</summary>
public static class EnquiryOutcomeEndpoints
{
    public static RouteGroupBuilder MapEnquiryOutcomes(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/enquiry-outcomes", ListAsync)
            .WithName("GetEnquiryOutcomes")
            .WithSummary("The recorded outcomes of a case's strategy discussion and section 47 enquiry")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/cases/{id:guid}/enquiry-outcomes", RecordAsync)
            .WithName("RecordEnquiryOutcome")
            .WithSummary("Record the outcome of the case's strategy discussion or section 47 enquiry")
            .WithDescription("step StrategyDiscussion (outcome StartSection47, SingleAssessment or NoFurtherAction) or Section47Enquiry (ConferenceNeeded, NotSubstantiated or SubstantiatedNoConference); decidedOn from the step's start to today; reasons up to 4,000 characters. Once per step, after the case reached it (409 otherwise). Needs no If-Match: it changes nothing else.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<EnquiryOutcomeRequest>("application/json");
        api.MapPut("/cases/{id:guid}/enquiry-outcomes/{step}", CorrectAsync)
            .WithName("CorrectEnquiryOutcome")
            .WithSummary("Correct the recorded outcome of the case's strategy discussion or section 47 enquiry")
            .WithDescription("step StrategyDiscussion or Section47Enquiry. If-Match: the outcome's etag from GET /api/cases/{id}/enquiry-outcomes (428 without it, 412 with what changed field by field if someone corrected it since). outcome, decidedOn and reasons as when recorded; whyCorrected (required, up to 1,000 characters) is kept with the version it replaces. 409 if the outcome is not recorded yet.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .WithMetadata(new RequestHeaderMetadata("If-Match", "The outcome's etag from GET /api/cases/{id}/enquiry-outcomes"))
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The outcome's new version"))
            .Accepts<EnquiryOutcomeCorrectionRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<EnquiryOutcomeView>>, NotFoundProblem>> ListAsync(Guid id, HttpContext http, EnquiryOutcomeService enquiries, EnquiryOutcomeCorrector corrector, CancellationToken cancellationToken)
    {
        if (await enquiries.ForCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is not { } found)
        {
            return new NotFoundProblem("case");
        }

        var history = await corrector.HistoryOfCaseAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EnquiryOutcomeView>>([.. found.Outcomes.Select(o => EnquiryOutcomeView.From(o, history))]);
    }

    private static async Task<Results<Ok<EnquiryOutcomeView>, ChangeProblem, RequestProblem>> CorrectAsync(Guid id, string step, HttpContext http, EnquiryOutcomeCorrector corrector, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<EnquiryStep>(step, out var parsed) || !Enum.IsDefined(parsed))
        {
            return ChangeProblem.From(new Failure.NotFound("step"));
        }

        if (IfMatch.Read(http.Request, "GET /api/cases/{id}/enquiry-outcomes", "outcome", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<EnquiryOutcomeCorrectionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var request = body.Value;
        var corrected = await corrector.CorrectAsync(id, new EnquiryOutcomeCorrection(new EnquiryOutcomeInput(parsed, request.Outcome, request.DecidedOn, request.Reasons), request.WhyCorrected), token, CurrentStaff.From(http.User), cancellationToken);
        if (!corrected.IsDone)
        {
            return ChangeProblem.From(corrected.Failure);
        }

        http.Response.Headers.ETag = EnquiryOutcomeView.ETagOf(corrected.Value);
        return TypedResults.Ok(EnquiryOutcomeView.From(corrected.Value, await corrector.HistoryOfCaseAsync(id, cancellationToken)));
    }

    private static async Task<Results<Created<EnquiryOutcomeView>, ChangeProblem, RequestProblem>> RecordAsync(Guid id, HttpContext http, EnquiryOutcomeService enquiries, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<EnquiryOutcomeRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Step is not { } step)
        {
            return ChangeProblem.From(new Failure.Invalid("Step", "Say which step: StrategyDiscussion or Section47Enquiry"));
        }

        var outcome = await enquiries.RecordAsync(id, new EnquiryOutcomeInput(step, body.Value.Outcome, body.Value.DecidedOn, body.Value.Reasons), CurrentStaff.From(http.User), cancellationToken);
        return outcome.IsDone
            ? TypedResults.Created($"{http.Request.PathBase}/api/cases/{id}/enquiry-outcomes", EnquiryOutcomeView.From(outcome.Value))
            : ChangeProblem.From(outcome.Failure);
    }
}
