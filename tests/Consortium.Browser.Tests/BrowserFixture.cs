using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>
/// The real host on Kestrel (on a free loopback port) and Debian's Chromium driven by Playwright, so pages
/// are tested as a person's browser sees them, with *.localhost hosts resolved by the browser itself.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly KestrelFactory _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BrowserFixture()
    {
        Port = FreePort();
        _factory = new KestrelFactory(Port);
    }

    public int Port { get; }

    /// <summary>The host's services, for putting data in place before a page is opened.</summary>
    public IServiceProvider Services => _factory.Services;

    public string Url(string host, string path = "/") => $"http://{host}:{Port}{path}";

    /// <summary>A new page signed in at <paramref name="host"/> as <paramref name="user"/> (the demo password), showing <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInPage(string host, string user, string path)
    {
        var page = await NewPage();
        await page.GotoAsync(Url(host, path));
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync("consortium-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(Url(host, path), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            // Say where the browser was left, so that a sign-in that failed in CI can be told from a slow one.
            var heading = await page.Locator("h1").AllInnerTextsAsync();
            throw new TimeoutException($"Signing in as {user} at {host} did not reach {path}: the browser is at {page.Url}, heading \"{string.Join(" / ", heading)}\".", e);
        }

        return page;
    }

    /// <summary>A fresh browser profile: no cookies from other tests.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync();
        // Two cores shared with other test assemblies: give slow moments room rather than fail on them.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.ListenLocalhost(Port));
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class KestrelFactory(int port) : WebApplicationFactory<Program>
    {
        private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-browser-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:DataDirectory", _dataDirectory);
            builder.UseSetting("DemoData:SeedOnStartup", "false");
            builder.UseSetting("Metrics:Schedule:PublishYearsAtStart", "0");
            builder.UseSetting("DevIdentity:Origin", $"http://localhost:{port}");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
