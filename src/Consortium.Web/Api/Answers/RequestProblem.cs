using Consortium.Practice.Outcomes;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Consortium.Web.Api.Answers;

/// <summary>
/// The request itself could not be taken: a body that is not JSON (415), too large (413) or not well-formed (400, or a
/// field of the wrong type keyed by its JSON name), or a change sent without the If-Match it needs (428) or with one
/// this API did not issue (400). Nothing was saved.
/// </summary>
public sealed class RequestProblem : ProblemAnswer, IEndpointMetadataProvider
{
    private RequestProblem(IResult problem, int statusCode)
        : base(problem, statusCode)
    {
    }

    public static RequestProblem Of(int statusCode, string title, string detail) => new(Problem(statusCode, title, detail), statusCode);

    public static RequestProblem InvalidField(string field, string message) =>
        new(ChangeProblem.Invalid(field, message), StatusCodes.Status400BadRequest);

    public static RequestProblem Invalid(IReadOnlyList<FieldError> errors) =>
        new(ChangeProblem.From(new Failure.Invalid(errors)), StatusCodes.Status400BadRequest);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(method, builder, StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status428PreconditionRequired);
}
