using System.Reflection;
using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Http.Metadata;

namespace Consortium.Web.Api.Answers;

/// <summary>
/// The API's answer to a change that was not made, one status for each kind of <see cref="Failure"/>: invalid is 400
/// with the errors keyed by JSON field name, not found 404, refused 409 with the reason, and a conflict 412 with what
/// the other person changed, in words (<c>theirChanges</c>) and field by field where the record can tell (<c>changes</c>:
/// each field's JSON name, label, value before, where known, and after). Nothing was saved in any of them.
/// </summary>
public sealed class ChangeProblem : ProblemAnswer, IEndpointMetadataProvider
{
    private ChangeProblem(IResult problem, int statusCode)
        : base(problem, statusCode)
    {
    }

    public static ChangeProblem From(Failure failure) => failure switch
    {
        Failure.Invalid invalid => new(ApiProblems.Invalid(invalid.Errors), StatusCodes.Status400BadRequest),
        Failure.NotFound notFound => new(
            Problem(StatusCodes.Status404NotFound, "Not found", $"There is no {notFound.What} with that id at this authority. Nothing was saved."),
            StatusCodes.Status404NotFound),
        Failure.Refused refused => new(
            Problem(StatusCodes.Status409Conflict, refused.Reason, $"{refused.Reason}. Nothing was saved."),
            StatusCodes.Status409Conflict),
        Failure.Conflict conflict => new(
            Problem(
                StatusCodes.Status412PreconditionFailed,
                "The record has changed since you read it",
                $"{conflict.Message}{(conflict.TheirChanges.Count == 0 ? "" : ": " + string.Join("; ", conflict.TheirChanges))}. Nothing was saved: the version you sent (If-Match, or basedOnRevision for a safety plan) is no longer the latest. Read it again, check that your change still makes sense, and send it with the new version.",
                new Dictionary<string, object?>
                {
                    ["theirChanges"] = conflict.TheirChanges,
                    ["changes"] = conflict.Changes.Select(c => new { field = ApiProblems.FieldName(c.Field), label = c.Label, before = c.Before, after = c.After }).ToList(),
                }),
            StatusCodes.Status412PreconditionFailed),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Every kind of failure has an answer."),
    };

    public static ChangeProblem Invalid(string field, string message) => From(new Failure.Invalid(field, message));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(method, builder, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
}
