using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>The outcomes of a case's strategy discussion and section 47 enquiry: read them, record one.</summary>
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
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<EnquiryOutcomeView>>, NotFoundProblem>> ListAsync(Guid id, HttpContext http, EnquiryOutcomeService enquiries, CancellationToken cancellationToken) =>
        await enquiries.ForCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is { } found
            ? TypedResults.Ok<IReadOnlyList<EnquiryOutcomeView>>([.. found.Outcomes.Select(EnquiryOutcomeView.From)])
            : new NotFoundProblem("case");

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
