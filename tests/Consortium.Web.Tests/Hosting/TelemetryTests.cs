using System.Collections.Concurrent;
using System.Diagnostics;
using Consortium.Tenancy;

namespace Consortium.Web.Tests.Hosting;

public sealed class TelemetryTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    [Fact]
    public async Task Request_traces_carry_the_authoritys_slug_and_no_tenant_for_the_platform_host()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var client = factory.Client();
        var marker = $"/t/wakefield/?probe={Guid.NewGuid():N}";

        await client.GetAsync(new Uri("http://norfolk.localhost/?child=Jane"));
        await client.GetAsync(new Uri($"http://localhost{marker}"));
        await client.GetAsync(new Uri("http://127.0.0.1/"));

        // A request's activity stops just after its response is sent, so wait for the three to arrive.
        Activity? Find(string host, string path) => stopped.FirstOrDefault(a =>
            a.GetTagItem("server.address") as string == host && a.GetTagItem("url.path") as string == path);
        for (var i = 0; i < 100 && (Find("norfolk.localhost", "/") is null || Find("localhost", "/t/wakefield/") is null || Find("127.0.0.1", "/") is null); i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal("norfolk", Find("norfolk.localhost", "/")?.GetTagItem(TenantTelemetry.TagName));
        Assert.Equal("wakefield", Find("localhost", "/t/wakefield/")?.GetTagItem(TenantTelemetry.TagName));
        var platform = Find("127.0.0.1", "/");
        Assert.NotNull(platform);
        Assert.Null(platform.GetTagItem(TenantTelemetry.TagName));
        Assert.DoesNotContain(stopped, a => a.Tags.Any(t => t.Value?.Contains("Jane", StringComparison.Ordinal) == true));
    }
}
