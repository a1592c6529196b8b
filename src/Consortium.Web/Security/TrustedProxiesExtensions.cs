using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Security;

public static class TrustedProxiesExtensions
{
    /// <summary>
    /// Forwarded headers from the configured proxies only; the antiforgery and temp data cookies Secure whenever the
    /// original request was https (the sessions' and sign-in's are, and always outside Development: <see cref="CookiePolicy"/>).
    /// Antiforgery refuses to run on http with Always, so these two follow the request.
    /// </summary>
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var proxies = new TrustedProxies();
        builder.Configuration.GetSection(TrustedProxies.Section).Bind(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(proxies.Apply);
        builder.Services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the original scheme and client address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        return app;
    }
}
