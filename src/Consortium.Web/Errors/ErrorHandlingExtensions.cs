namespace Consortium.Web.Errors;

public static class ErrorHandlingExtensions
{
    public const string ErrorPath = "/error";

    public static IServiceCollection AddConsortiumErrors(this IServiceCollection services) =>
        services.AddExceptionHandler<ServerErrorHandler>();

    /// <summary>
    /// Outside Development (where the developer exception page shows the failure), an unhandled exception is a 500:
    /// a problem for the API, otherwise the error page with its correlation id. The handler has already logged it
    /// without its message, so the middleware's own log line (which carries the message) is suppressed.
    /// </summary>
    public static WebApplication UseConsortiumErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = ErrorPath,
                SuppressDiagnosticsCallback = _ => true,
            });
        }

        return app;
    }
}
