using Consortium.Web.Errors;

namespace Consortium.Web.Api;

/// <summary>
/// For the API at an authority: responses are never cached; an error answered without a body (no such route,
/// wrong method) gets a problem body instead of the not-found page; an unexpected failure is a 500 problem.
/// </summary>
public sealed class ApiResponsesMiddleware(RequestDelegate next, ILogger<ApiResponsesMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            ServerError.Log(logger, e, context);
            await ServerError.WriteProblemAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await Results.Problem(statusCode: response.StatusCode, detail: Explain(response.StatusCode)).ExecuteAsync(context);
        }
    }

    private static string? Explain(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is nothing at this address in the API. The API is described at /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept that method. The Allow header lists the ones it does.",
        _ => null,
    };
}
