using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Web.Tests.Security;

/// <summary>
/// A provider whose id_token names another audience than the app's client id (a client id configured wrongly on
/// one side): the sign-in is refused, and the log says which audience came and which was expected.
/// </summary>
public sealed class AudienceMismatchTests(AudienceMismatchTests.OtherAudienceFactory factory) : IClassFixture<AudienceMismatchTests.OtherAudienceFactory>
{
    public sealed class OtherAudienceFactory : ConsortiumWebFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DevIdentity:IdTokenAudience", "api://consortium-elsewhere");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }

    [Fact]
    public async Task An_id_token_for_another_audience_ends_on_the_sign_in_failed_page_and_the_log_names_both_audiences()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var page = await SignInFlow.Run(client, new Uri("http://bristol.localhost/me"), "practitioner@bristol", "consortium-demo");

        Assert.Equal("/sign-in-failed", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var line = Assert.Single(factory.Logs.Lines, l => l.Contains("api://consortium-elsewhere", StringComparison.Ordinal));
        Assert.Contains("consortium-bristol", line, StringComparison.Ordinal);
        Assert.DoesNotContain("practitioner", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("eyJ", line, StringComparison.Ordinal);
    }
}
