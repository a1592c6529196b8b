namespace Consortium.Web.Api;

/// <summary>
/// Protection against cross-site request forgery for the cookie-authenticated API: a request that changes data
/// must carry <c>X-Requested-With: consortium</c>. A cross-site form cannot set a header, and a cross-site script
/// cannot send one without a CORS preflight, which this application never grants.
/// </summary>
public sealed class RequestedWithFilter : IEndpointFilter
{
    public const string Header = "X-Requested-With";
    public const string Value = "consortium";

    public static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (IsSafe(request.Method) || string.Equals(request.Headers[Header], Value, StringComparison.Ordinal))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"The {Header} header is missing",
            detail: $"Send the header {Header}: {Value} with every request that changes data; it protects against cross-site request forgery. Nothing was saved."));
    }
}
