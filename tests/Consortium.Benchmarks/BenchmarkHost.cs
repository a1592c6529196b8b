using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Consortium.Practice.Data;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Web.Tests;

/// <summary>
/// The real host on Kestrel with two additions for measuring: a Server-Timing header with the server's own time
/// for each request, and /bench/bare/{id}, which does only the single database read a case page starts with.
/// </summary>
internal sealed class BenchmarkHost(string dataDirectory) : WebApplicationFactory<Program>
{
    public int Port { get; } = FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("DemoData:SeedOnStartup", "false");
        builder.UseSetting("DevIdentity:Origin", $"http://localhost:{Port}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, MeasuringStartupFilter>());
    }

    public void Start()
    {
        // Outside a test project the factory cannot find the web project's content root by itself.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Consortium.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CONSORTIUM_WEB", Path.Combine(root!.FullName, "src", "Consortium.Web"));
        UseKestrel(options => options.ListenLocalhost(Port));
        StartServer();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class MeasuringStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var clock = Stopwatch.StartNew();
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers["Server-Timing"] = $"app;dur={clock.Elapsed.TotalMilliseconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}";
                    return Task.CompletedTask;
                });
                if (context.Request.Path.StartsWithSegments("/bench/bare", out var rest) && Guid.TryParse(rest.Value?.Trim('/'), out var id))
                {
                    var slug = context.Request.Host.Host.Split('.')[0];
                    var tenant = await context.RequestServices.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug);
                    await using var db = context.RequestServices.GetRequiredService<ITenantDbContextFactory<PracticeDbContext>>().Create(tenant!);
                    var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
                    await context.Response.WriteAsJsonAsync(new { found?.Reference, found?.Stage });
                    return;
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}
