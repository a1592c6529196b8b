using System.Globalization;
using Consortium.Practice.Calendar;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Consortium.Web.Api;

/// <summary>A case's notes (read them, write one) and its chronology of significant events, filtered by kind and dates.</summary>
public static class CaseNoteEndpoints
{
    public static RouteGroupBuilder MapCaseNotes(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cases/{id:guid}/notes", ListAsync)
            .WithName("GetCaseNotes")
            .WithSummary("A case's notes, latest first")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapPost("/cases/{id:guid}/notes", AddAsync)
            .WithName("AddCaseNote")
            .WithSummary("Write a case note")
            .WithDescription("writtenOn from the referral to today; type by name; text up to 8,000 characters; significant puts it in the chronology. A note needs no If-Match: it changes nothing else.")
            .RequireAuthorization(AuthorizationPolicies.RecordsCasework)
            .Accepts<CaseNoteRequest>("application/json");
        api.MapGet("/cases/{id:guid}/chronology", ChronologyAsync)
            .WithName("GetChronology")
            .WithSummary("A case's significant events, oldest first")
            .WithDescription("type (repeatable) keeps only those kinds of event; from and to (yyyy-MM-dd, inclusive) keep only the events between them.")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        return api;
    }

    private static async Task<Results<Ok<CaseNoteList>, NotFoundProblem>> ListAsync(Guid id, HttpContext http, CaseNoteService notes, CancellationToken cancellationToken) =>
        await notes.ForCaseAsync(id, CurrentStaff.From(http.User), cancellationToken) is { } found
            ? TypedResults.Ok(new CaseNoteList(id, [.. found.Notes.Select(CaseNoteView.From)]))
            : new NotFoundProblem("case");

    private static async Task<Results<Created<CaseNoteView>, ChangeProblem, RequestProblem>> AddAsync(Guid id, HttpContext http, CaseNoteService notes, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CaseNoteRequest>(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = await notes.AddAsync(id, body.Value.ToInput(), CurrentStaff.From(http.User), cancellationToken);
        return outcome.IsDone
            ? TypedResults.Created($"{http.Request.PathBase}/api/cases/{id}/notes", CaseNoteView.From(outcome.Value))
            : ChangeProblem.From(outcome.Failure);
    }

    private static async Task<Results<Ok<ChronologyView>, ChangeProblem>> ChronologyAsync(Guid id, string[]? type, string? from, string? to, HttpContext http, ChronologyService chronology, CancellationToken cancellationToken)
    {
        var problems = new List<FieldError>();
        var kinds = new HashSet<ChronologyEventKind>();
        foreach (var kind in type ?? [])
        {
            if (Enum.TryParse<ChronologyEventKind>(kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                kinds.Add(parsed);
            }
            else
            {
                problems.Add(new("Type", $"A type of event is one of {string.Join(", ", ChronologyEventKinds.All)}"));
                break;
            }
        }

        var fromDate = Date(from, "From", problems);
        var toDate = Date(to, "To", problems);
        if (problems.Count > 0)
        {
            return ChangeProblem.From(new Failure.Invalid(problems));
        }

        var outcome = await chronology.ForCaseAsync(id, new ChronologyFilter(kinds, fromDate, toDate), CurrentStaff.From(http.User), cancellationToken);
        return outcome.IsDone ? TypedResults.Ok(ChronologyView.From(outcome.Value)) : ChangeProblem.From(outcome.Failure);
    }

    private static DateOnly? Date(string? value, string field, List<FieldError> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && RecordableDates.Contains(date))
        {
            return date;
        }

        problems.Add(new(field, $"Enter a date as yyyy-MM-dd, from {RecordableDates.Range}"));
        return null;
    }
}
