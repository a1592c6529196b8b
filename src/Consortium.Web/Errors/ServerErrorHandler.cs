using Consortium.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Consortium.Web.Errors;

/// <summary>
/// First to see an unhandled exception outside Development: logs it without its message, answers an API request with
/// a 500 problem, and leaves any other request to the error page (which the exception handler then runs).
/// </summary>
internal sealed class ServerErrorHandler(ILogger<ServerErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ServerError.Log(logger, exception, httpContext);
        if (!IsApi(httpContext))
        {
            return false;
        }

        await ServerError.WriteProblemAsync(httpContext);
        return true;
    }

    /// <summary>By the endpoint the request had reached (the handler has already pointed the request at the error page).</summary>
    private static bool IsApi(HttpContext context) =>
        CaseworkApiEndpoint.Is(context.Features.Get<IExceptionHandlerFeature>()?.Endpoint);
}
