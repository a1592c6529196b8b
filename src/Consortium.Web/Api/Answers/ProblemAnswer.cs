using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Api.Answers;

/// <summary>
/// An RFC 9457 answer whose type says, for the OpenAPI document, which statuses it can have: an endpoint that
/// returns <c>Results&lt;Ok&lt;T&gt;, ChangeProblem, BodyProblem&gt;</c> is described by its return type alone.
/// </summary>
public abstract class ProblemAnswer(IResult problem, int statusCode) : IResult, IStatusCodeHttpResult
{
    public int StatusCode => statusCode;

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    protected static IResult Problem(int status, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    /// <summary>Adds the statuses an answer type can have to the metadata of the endpoint whose handler returns it.</summary>
    protected static void Describe(MethodInfo method, EndpointBuilder builder, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var status in statuses)
        {
            builder.Metadata.Add(status == StatusCodes.Status400BadRequest
                ? new ProducesResponseTypeMetadata(status, typeof(HttpValidationProblemDetails), ["application/problem+json"])
                : new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
