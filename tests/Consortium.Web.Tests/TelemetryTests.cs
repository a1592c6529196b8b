using System.Collections.Concurrent;
using System.Diagnostics;
using Consortium.Tenancy;

namespace Consortium.Web.Tests;

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

        await client.GetAsync(new Uri("http://norfolk.localhost/?child=Jane"));
        await client.GetAsync(new Uri("http://localhost/t/wakefield/"));
        await client.GetAsync(new Uri("http://localhost/"));

        var tags = stopped.Select(a => a.GetTagItem(TenantTelemetry.TagName) as string).ToList();
        Assert.Contains("norfolk", tags);
        Assert.Contains("wakefield", tags);
        Assert.Contains(null, tags);
        Assert.DoesNotContain(stopped, a => a.Tags.Any(t => t.Value?.Contains("Jane", StringComparison.Ordinal) == true));
    }
}
