using System.Diagnostics;

namespace Consortium.Web.Errors;

/// <summary>
/// An unexpected failure: its correlation id (the trace id, which monitoring shows too), the log line that names
/// only its type and where it was thrown (never its message, which may carry personal data), and the API's answer.
/// </summary>
public static partial class ServerError
{
    public static string CorrelationId(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;
    }

    public static void Log(ILogger logger, Exception exception, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var site = exception.TargetSite is { } method ? $"{method.DeclaringType?.FullName}.{method.Name}" : "unknown";
        Failed(logger, exception.GetType().FullName ?? exception.GetType().Name, site, CorrelationId(context));
    }

    /// <summary>RFC 9457 problem details, 500, with the correlation id as traceId and nothing of the exception.</summary>
    public static Task WriteProblemAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Clear();
        return Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Sorry, there is a problem with the service",
            detail: "The request could not be completed. Try again later; if it keeps happening, give the service desk the traceId.",
            extensions: new Dictionary<string, object?> { ["traceId"] = CorrelationId(context) }).ExecuteAsync(context);
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "A request failed with {ExceptionType} thrown in {Site}; correlation id {CorrelationId}")]
    private static partial void Failed(ILogger logger, string exceptionType, string site, string correlationId);
}
