using Consortium.Practice.Audits;
using Consortium.Practice.Audits.Dashboard;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>Case-file audits: the framework, the month's sample, audits, their actions, closing, moderation and the practice dashboard.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudits(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/audit-framework", FrameworkAsync).WithName("GetAuditFramework").WithSummary("The audit framework in force and its version").RequireAuthorization(AuthorizationPolicies.Audits);
        api.MapGet("/audits", MonthAsync).WithName("GetAudits").WithSummary("Every audit of a month (month=yyyy-MM-dd, any day of it; this month if none), for quality assurance staff").RequireAuthorization(AuthorizationPolicies.QualityAssurance);
        api.MapGet("/audits/mine", MineAsync).WithName("GetMyAudits").WithSummary("The audits allocated to you and not yet closed").RequireAuthorization(AuthorizationPolicies.Audits);
        api.MapPost("/audits/samples", DrawAsync).WithName("DrawAuditSample").WithSummary("Draw this month's (or last month's) random sample, once per month; the same seed draws the same cases")
            .RequireAuthorization(AuthorizationPolicies.QualityAssurance).Accepts<SampleRequest>("application/json");
        api.MapPost("/audits/themes/re-referrals", AddReReferralsAsync).WithName("AddReReferralAudits").WithSummary("Add every re-referral of this quarter to this month's audits (a themed audit); cases already added for the theme or waiting are counted and left")
            .RequireAuthorization(AuthorizationPolicies.QualityAssurance);
        api.MapPost("/audits", AddAsync).WithName("AddAudit").WithSummary("Add a case to this month's audits by hand, for a theme")
            .RequireAuthorization(AuthorizationPolicies.QualityAssurance).Accepts<AddAuditRequest>("application/json");
        api.MapGet("/audits/{id:guid}", GetAsync).WithName("GetAudit").WithSummary("One audit; reading it is written to the child's access log as an audit read").RequireAuthorization(AuthorizationPolicies.Audits);
        api.MapPost("/audits/{id:guid}/completion", CompleteAsync).WithName("CompleteAudit").WithSummary("Complete an audit allocated to you")
            .RequireAuthorization(AuthorizationPolicies.Audits).Accepts<AuditCompletionRequest>("application/json");
        api.MapPost("/audits/{id:guid}/actions", AddActionAsync).WithName("AddAuditAction").WithSummary("Add an action arising from an audit")
            .RequireAuthorization(AuthorizationPolicies.Audits).Accepts<AuditActionRequest>("application/json");
        api.MapPost("/audits/{id:guid}/actions/{actionId:guid}/settlement", SettleAsync).WithName("SettleAuditAction").WithSummary("Mark an action done with evidence, or carry it to a named person")
            .RequireAuthorization(AuthorizationPolicies.Audits).Accepts<SettleActionRequest>("application/json");
        api.MapPost("/audits/{id:guid}/closure", CloseAsync).WithName("CloseAudit").WithSummary("Close a completed audit once every action is done or carried forward (409 otherwise)")
            .RequireAuthorization(AuthorizationPolicies.Audits).Accepts<AuditVersionRequest>("application/json");
        api.MapPost("/audits/{id:guid}/moderation", ModerateAsync).WithName("ModerateAudit").WithSummary("Confirm or change the grade of an audit waiting for moderation (never your own); a change needs a reason")
            .RequireAuthorization(AuthorizationPolicies.Audits).Accepts<ModerationRequest>("application/json");
        api.MapGet("/quality/dashboard", DashboardAsync).WithName("GetPracticeDashboard").WithSummary("The practice checklist and audit results, for the authority or one team (team=name)").RequireAuthorization(AuthorizationPolicies.Audits);
        return api;
    }

    private static async Task<Ok<AuditFrameworkView>> FrameworkAsync(AuditFrameworks frameworks, CancellationToken cancellationToken)
    {
        var (framework, version) = await frameworks.InForceAsync(cancellationToken);
        return TypedResults.Ok(new AuditFrameworkView(version, framework));
    }

    private static async Task<Ok<IReadOnlyList<AuditSummaryView>>> MonthAsync(DateOnly? month, HttpContext http, AuditService audits, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<AuditSummaryView>>([.. (await audits.MonthAsync(month ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), CurrentStaff.From(http.User), cancellationToken)).Select(AuditSummaryView.From)]);

    private static async Task<Ok<IReadOnlyList<AuditSummaryView>>> MineAsync(HttpContext http, AuditService audits, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<AuditSummaryView>>([.. (await audits.MineAsync(CurrentStaff.From(http.User), cancellationToken)).Select(AuditSummaryView.From)]);

    private static async Task<Results<Created<AuditSampleView>, ChangeProblem, RequestProblem>> DrawAsync(HttpContext http, AuditSampling sampling, TimeProvider clock, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SampleRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.Seed is < 1)
        {
            return ChangeProblem.From(new Failure.Invalid("Seed", "The seed must be a whole number from 1 to 2147483647"));
        }

        var drawn = await sampling.DrawAsync(body.Value.Month ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), body.Value.Seed, CurrentStaff.From(http.User), cancellationToken);
        return drawn.IsDone ? TypedResults.Created($"{http.Request.PathBase}/api/audits?month={drawn.Value.Month:yyyy-MM-dd}", AuditSampleView.From(drawn.Value)) : ChangeProblem.From(drawn.Failure);
    }

    private static async Task<Results<Ok<ThemedAddition>, ChangeProblem>> AddReReferralsAsync(HttpContext http, AuditSampling sampling, CancellationToken cancellationToken)
    {
        var added = await sampling.AddReReferralsThisQuarterAsync(CurrentStaff.From(http.User), cancellationToken);
        return added.IsDone ? TypedResults.Ok(added.Value) : ChangeProblem.From(added.Failure);
    }

    private static async Task<Results<Created<AuditSummaryView>, ChangeProblem, RequestProblem>> AddAsync(HttpContext http, AuditSampling sampling, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<AddAuditRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value.CaseId is not { } caseId)
        {
            return ChangeProblem.From(new Failure.Invalid("CaseId", "Say which case to audit"));
        }

        var added = await sampling.AddAsync(caseId, body.Value.Theme ?? "", body.Value.AuditorId, CurrentStaff.From(http.User), cancellationToken);
        return added.IsDone ? TypedResults.Created($"{http.Request.PathBase}/api/audits/{added.Value.Id}", AuditSummaryView.From(added.Value)) : ChangeProblem.From(added.Failure);
    }

    private static async Task<Results<Ok<AuditDetailView>, NotFoundProblem>> GetAsync(Guid id, HttpContext http, AuditService audits, CancellationToken cancellationToken)
    {
        var opened = await audits.OpenAsync(id, CurrentStaff.From(http.User), cancellationToken: cancellationToken);
        return opened.IsDone ? TypedResults.Ok(AuditDetailView.From(opened.Value)) : new NotFoundProblem("audit");
    }

    private static async Task<Results<Ok<AuditSummaryView>, ChangeProblem, RequestProblem>> CompleteAsync(Guid id, HttpContext http, AuditService audits, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<AuditCompletionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var b = body.Value;
        var input = new AuditInput
        {
            Answers = b.Answers ?? [], Grade = b.Grade, Summary = b.Summary, ConversationOn = b.ConversationOn, ConversationStaff = b.ConversationStaff ?? [],
            PractitionerRating = b.PractitionerRating, AuditorRating = b.AuditorRating, WorkingWell = b.WorkingWell, Worries = b.Worries, NeedsToHappen = b.NeedsToHappen,
            FamilyAsked = b.FamilyAsked, FamilyExplained = b.FamilyExplained, FamilyListened = b.FamilyListened, FamilyPlanSafe = b.FamilyPlanSafe, FamilyWords = b.FamilyWords, Concern = b.Concern,
        };
        var done = await audits.CompleteAsync(id, input, b.Version, CurrentStaff.From(http.User), cancellationToken);
        return done.IsDone ? TypedResults.Ok(AuditSummaryView.From(done.Value)) : ChangeProblem.From(done.Failure);
    }

    private static async Task<Results<Created<AuditActionView>, ChangeProblem, RequestProblem>> AddActionAsync(Guid id, HttpContext http, AuditService audits, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<AuditActionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var added = await audits.AddActionAsync(id, body.Value.Text ?? "", body.Value.OwnerId ?? Guid.Empty, body.Value.DueOn, CurrentStaff.From(http.User), cancellationToken);
        return added.IsDone ? TypedResults.Created($"{http.Request.PathBase}/api/audits/{id}", AuditActionView.From(added.Value)) : ChangeProblem.From(added.Failure);
    }

    private static async Task<Results<Ok<AuditActionView>, ChangeProblem, RequestProblem>> SettleAsync(Guid id, Guid actionId, HttpContext http, AuditService audits, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SettleActionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var settled = await audits.SettleActionAsync(id, actionId, body.Value.Evidence, body.Value.CarriedToId, CurrentStaff.From(http.User), cancellationToken);
        return settled.IsDone ? TypedResults.Ok(AuditActionView.From(settled.Value)) : ChangeProblem.From(settled.Failure);
    }

    private static async Task<Results<Ok<AuditSummaryView>, ChangeProblem, RequestProblem>> CloseAsync(Guid id, HttpContext http, AuditService audits, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<AuditVersionRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var closed = await audits.CloseAsync(id, body.Value.Version, CurrentStaff.From(http.User), cancellationToken);
        return closed.IsDone ? TypedResults.Ok(AuditSummaryView.From(closed.Value)) : ChangeProblem.From(closed.Failure);
    }

    private static async Task<Results<Ok<AuditSummaryView>, ChangeProblem, RequestProblem>> ModerateAsync(Guid id, HttpContext http, ModerationService moderation, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ModerationRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var moderated = await moderation.ModerateAsync(id, body.Value.Grade, body.Value.Reason, body.Value.Version, CurrentStaff.From(http.User), cancellationToken);
        return moderated.IsDone ? TypedResults.Ok(AuditSummaryView.From(moderated.Value)) : ChangeProblem.From(moderated.Failure);
    }

    private static async Task<Results<Ok<PracticeDashboardApiView>, NotFoundProblem>> DashboardAsync(string? team, HttpContext http, PracticeDashboard dashboard, CancellationToken cancellationToken) =>
        await dashboard.ForAsync(team, CurrentStaff.From(http.User), cancellationToken) is { } view ? TypedResults.Ok(PracticeDashboardApiView.From(view)) : new NotFoundProblem("dashboard");
}
