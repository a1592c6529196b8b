using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Web.Tests.Security;

/// <summary>Outside Development, a request that fails unexpectedly says so with a 500 and a correlation id, and nothing of the exception.</summary>
public sealed partial class ServerErrorTests(ServerErrorTests.StagingFactory factory) : IClassFixture<ServerErrorTests.StagingFactory>
{
    private const string Fail = "X-Test-Fail";
    private const string Secret = "Jane Doe, born 2015-02-03";

    public sealed class StagingFactory : ConsortiumWebFactory
    {
        public ConcurrentQueue<string> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IAuthorizationHandler, FailingHandler>();
                services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logged));
            });
        }
    }

    /// <summary>Test only: throws, with personal data in its message, when a request asks it to.</summary>
    private sealed class FailingHandler : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context) =>
            context.Resource is HttpContext http && http.Request.Headers.ContainsKey(Fail)
                ? throw new InvalidOperationException(Secret)
                : Task.CompletedTask;
    }

    [Theory]
    [InlineData("GET", "http://brent.localhost/caseload")]
    [InlineData("POST", "http://brent.localhost/referrals/new")]
    [InlineData("GET", "http://localhost/t/bristol/search?q=x")]
    [InlineData("GET", "http://hub.localhost/compare")]
    public async Task A_page_that_fails_shows_the_error_page_with_a_correlation_id_and_500(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url));
        request.Headers.Add(Fail, "yes");
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        var response = await factory.Client().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", Html.Heading(html));
        Assert.Matches(TraceId(), Html.TestId(html, "correlation-id") ?? "");
        Assert.DoesNotContain("Jane Doe", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logged, line => line.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://brent.localhost/api/caseload")]
    [InlineData("http://localhost/t/bristol/api/caseload")]
    public async Task An_api_request_that_fails_is_a_500_problem_with_the_trace_id(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.Add(Fail, "yes");

        var response = await factory.Client().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Matches(TraceId(), problem.RootElement.GetProperty("traceId").GetString() ?? "");
        Assert.DoesNotContain("Jane Doe", body, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logged, line => line.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_error_page_is_not_a_page_of_its_own()
    {
        var response = await factory.Client().GetAsync(new Uri("http://brent.localhost/error"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(lines);

        public void Dispose()
        {
        }

        private sealed class Capturing(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
