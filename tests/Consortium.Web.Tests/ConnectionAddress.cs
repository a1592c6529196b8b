using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Consortium.Web.Tests;

/// <summary>
/// Test only: the in-process server has no network connection, so the address a request comes from is taken from
/// the <see cref="Header"/> header, as if the connection came from there. It runs before the app's own pipeline.
/// </summary>
internal sealed class ConnectionAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                context.Request.Headers.Remove(Header);
            }

            return following(context);
        });
        next(app);
    };
}
