using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests;

/// <summary>
/// The real host, in process, with its own data folder that is deleted afterwards. The folder starts with a copy
/// of databases the real host migrated once in this test run (<see cref="MigratedDatabases"/>).
/// </summary>
public class ConsortiumWebFactory : WebApplicationFactory<Program>
{
    private readonly bool _keepDataDirectory;

    public ConsortiumWebFactory()
        : this(MigratedDatabases.CopyIntoNewFolder(), keepDataDirectory: false)
    {
    }

    internal ConsortiumWebFactory(string dataDirectory, bool keepDataDirectory)
    {
        DataDirectory = dataDirectory;
        _keepDataDirectory = keepDataDirectory;
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Tenancy:CatalogCacheSeconds", "0");
        builder.UseSetting("DemoData:SeedOnStartup", "false");
        builder.UseSetting("Metrics:Schedule:PublishYearsAtStart", "0");
        builder.UseSetting("DevIdentity:Origin", "http://localhost");

        // The in-process server is the identity provider too: its back-channel goes to the test server.
        builder.ConfigureTestServices(services =>
            services.ConfigureAll<OpenIdConnectOptions>(o => o.BackchannelHttpHandler = Server.CreateHandler()));
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser-like client signed in through the development provider's real authorization-code flow.</summary>
    public async Task<HttpClient> SignedIn(string startUrl, string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await SignInFlow.Run(client, new Uri(startUrl), userName, "consortium-demo");
        if (!page.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in {userName} at {startUrl} ended with {(int)page.StatusCode}.");
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepDataDirectory && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
