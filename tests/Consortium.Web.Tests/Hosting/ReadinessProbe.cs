using System.Net;
using Consortium.Practice.Data.Readiness;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

/// <summary>
/// /health/ready asked until it answers the wanted status or 15 s pass: the authority databases are checked in the
/// background, so a host just started is not ready until the first check ends.
/// </summary>
internal static class ReadinessProbe
{
    public static async Task<HttpStatusCode> Within(HttpClient client, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.InternalServerError;
        for (var i = 0; i < 150 && status != wanted; i++)
        {
            status = (await client.GetAsync(new Uri("http://localhost/health/ready"))).StatusCode;
            if (status != wanted)
            {
                await Task.Delay(100);
            }
        }

        return status;
    }

    /// <summary>Waits (up to 15 s) for the first background check of the authority databases to end.</summary>
    public static async Task AuthorityDatabasesChecked(IServiceProvider services)
    {
        var monitor = services.GetRequiredService<AuthorityDatabasesMonitor>();
        for (var i = 0; i < 150 && monitor.Last is null; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(monitor.Last);
        Assert.Empty(monitor.Last.Failing);
    }
}
