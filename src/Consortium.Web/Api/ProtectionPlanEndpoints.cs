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

/// <summary>
/// A case's child protection plan: read it, record a review conference (which may end the plan), a core group
/// meeting, or who attended the initial conference. Each changes the case, so they need its ETag as If-Match, like a stage move.
/// </summary>
public static class ProtectionPlanEndpoints
{
    public static RouteGroupBuilder MapProtectionPlans(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/plan", GetAsync)
            .WithName("GetProtectionPlan")
            .WithSummary("A case's child protection plan: review conferences and core groups, held against due")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status200OK, "ETag", "The case's version; send it as If-Match to record a meeting"));
        Change(api.MapPost("/cases/{id:guid}/plan/reviews", RecordReviewAsync)
            .WithName("RecordReviewConference")
            .WithSummary("Record a review conference of the case's open child protection plan")
            .WithDescription("heldOn on or after the plan started and not in the future, once a day. Who attended: staffAttendees (ids from the staff directory, at least one: a meeting without is a 400 validation problem, as on the page), familyAttendees (ids of the child's family members), otherAttendees ([{ name, agency }]). outcome EndPlan ends the plan: then is ChildInNeedPlan or Closed (with closureReason), and the case moves on that day.")
            .Accepts<ReviewRequest>("application/json"));
        Change(api.MapPost("/cases/{id:guid}/plan/core-groups", RecordCoreGroupAsync)
            .WithName("RecordCoreGroupMeeting")
            .WithSummary("Record a core group meeting of the case's open child protection plan")
            .WithDescription("heldOn on or after the plan started and not in the future, once a day. Who attended: staffAttendees (ids from the staff directory, at least one: a meeting without is a 400 validation problem, as on the page), familyAttendees (ids of the child's family members), otherAttendees ([{ name, agency }]).")
            .Accepts<CoreGroupRequest>("application/json"));
        Change(api.MapPost("/cases/{id:guid}/plan/initial-conference/attendees", RecordInitialConferenceAttendeesAsync)
            .WithName("RecordInitialConferenceAttendees")
            .WithSummary("Record who attended the case's initial child protection conference, once")
            .WithDescription("The conference is dated by the case's move to that stage. staffAttendees (ids from the staff directory, at least one), familyAttendees (ids of the child's family members), otherAttendees ([{ name, agency }]). A case without an initial conference, or whose attendees are already recorded, is a 400 validation problem keyed initialConference.")
            .Accepts<AttendeesRequest>("application/json"));
        Change(api.MapPut("/cases/{id:guid}/plan/initial-conference/attendees", CorrectInitialConferenceAttendeesAsync)
            .WithName("CorrectInitialConferenceAttendees")
            .WithSummary("Correct who attended the case's initial child protection conference: the list sent replaces the one recorded")
            .WithDescription("As the POST, and also once the attendees are recorded: the whole list is replaced, and the correction is written to the child's access log. If-Match guards against a list someone else saved since you read the plan (412).")
            .Accepts<AttendeesRequest>("application/json"));
        return api;
    }

    private static void Change(RouteHandlerBuilder endpoint) => endpoint
        .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
        .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag from GET /api/cases/{id} or GET /api/cases/{id}/plan"))
        .WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, "ETag", "The case's new version"));

    private static async Task<Results<Ok<ProtectionPlanDetail>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, CaseworkService casework, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, MeetingAttendees attendance, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is not { } opened)
        {
            return new NotFoundProblem("case");
        }

        http.Response.Headers.ETag = CaseETag.For(opened.Case);
        return TypedResults.Ok(ProtectionPlanDetail.From(opened.Case, dueDates.ForPlan(opened.Case, policy.Value), casework.Today, await attendance.OfCaseAsync(id, cancellationToken)));
    }

    private static Task<Results<Created<ProtectionPlanDetail>, ChangeProblem, RequestProblem>> RecordReviewAsync(Guid id, HttpContext http, CaseworkService casework, ProtectionPlanService plans, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, IOptions<HttpJsonOptions> json, MeetingAttendees attendance, CancellationToken cancellationToken) =>
        RecordAsync<ReviewRequest>(id, http, casework, dueDates, policy, json, attendance, r => r.Validate(), (r, token, staff) => plans.RecordReviewAsync(id, r.ToInput(), token, staff, r.Attendees(), cancellationToken: cancellationToken), cancellationToken);

    private static Task<Results<Created<ProtectionPlanDetail>, ChangeProblem, RequestProblem>> RecordCoreGroupAsync(Guid id, HttpContext http, CaseworkService casework, ProtectionPlanService plans, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, IOptions<HttpJsonOptions> json, MeetingAttendees attendance, CancellationToken cancellationToken) =>
        RecordAsync<CoreGroupRequest>(id, http, casework, dueDates, policy, json, attendance, r => r.Validate(), (r, token, staff) => plans.RecordCoreGroupAsync(id, r.HeldOn!.Value, token, staff, r.Attendees(), cancellationToken: cancellationToken), cancellationToken);

    private static Task<Results<Created<ProtectionPlanDetail>, ChangeProblem, RequestProblem>> RecordInitialConferenceAttendeesAsync(Guid id, HttpContext http, CaseworkService casework, ProtectionPlanService plans, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, IOptions<HttpJsonOptions> json, MeetingAttendees attendance, CancellationToken cancellationToken) =>
        RecordAsync<AttendeesRequest>(id, http, casework, dueDates, policy, json, attendance, _ => [], (r, token, staff) => plans.RecordInitialConferenceAttendeesAsync(id, r.Attendees(), token, staff, cancellationToken: cancellationToken), cancellationToken);

    private static Task<Results<Created<ProtectionPlanDetail>, ChangeProblem, RequestProblem>> CorrectInitialConferenceAttendeesAsync(Guid id, HttpContext http, CaseworkService casework, ProtectionPlanService plans, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, IOptions<HttpJsonOptions> json, MeetingAttendees attendance, CancellationToken cancellationToken) =>
        RecordAsync<AttendeesRequest>(id, http, casework, dueDates, policy, json, attendance, _ => [], (r, token, staff) => plans.RecordInitialConferenceAttendeesAsync(id, r.Attendees(), token, staff, correcting: true, cancellationToken: cancellationToken), cancellationToken);

    private static async Task<Results<Created<ProtectionPlanDetail>, ChangeProblem, RequestProblem>> RecordAsync<TRequest>(
        Guid id,
        HttpContext http,
        CaseworkService casework,
        CaseDueDates dueDates,
        IOptionsSnapshot<PracticePolicy> policy,
        IOptions<HttpJsonOptions> json,
        MeetingAttendees attendance,
        Func<TRequest, IReadOnlyList<FieldError>> validate,
        Func<TRequest, Guid, StaffMember, Task<Outcome<CaseRecord>>> record,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        var staff = CurrentStaff.From(http.User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is null)
        {
            return ChangeProblem.From(new Failure.NotFound("case"));
        }

        if (IfMatch.Read(http.Request, "GET /api/cases/{id}/plan", "case", out var token) is { } precondition)
        {
            return precondition;
        }

        var body = await JsonBody.ReadAsync<TRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (validate(body.Value) is { Count: > 0 } missing)
        {
            return ChangeProblem.From(new Failure.Invalid(missing));
        }

        var outcome = await record(body.Value, token, staff);
        if (!outcome.IsDone)
        {
            return ChangeProblem.From(outcome.Failure);
        }

        var saved = outcome.Value;
        http.Response.Headers.ETag = CaseETag.For(saved);
        return TypedResults.Created($"{http.Request.PathBase}/api/cases/{id}/plan", ProtectionPlanDetail.From(saved, dueDates.ForPlan(saved, policy.Value), casework.Today, await attendance.OfCaseAsync(id, cancellationToken)));
    }
}
