using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

public sealed class TenantIsolationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task SetModelName(TenantInfo tenant, string name)
    {
        var result = await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync(ct);
            return await store.SaveAsync(SettingsJson.With(current.Settings, "Terminology.ModelName", name).Settings!, current.Version, "test", ct);
        });
        Assert.True(result.IsDone);
    }

    [Fact]
    public async Task Many_interleaved_concurrent_requests_for_different_authorities_never_see_another_authority()
    {
        var client = factory.Client();
        await client.GetAsync(new Uri("http://localhost/"));
        var tenants = await factory.Services.GetRequiredService<ITenantDirectory>().GetAllAsync();
        foreach (var tenant in tenants)
        {
            await SetModelName(tenant, $"Model of {tenant.Identifier}");
        }

        var requests = Enumerable.Range(0, 400).Select(i =>
        {
            var tenant = tenants[(i * 7) % tenants.Count];
            var url = i % 2 == 0 ? $"http://{tenant.Identifier}.localhost/" : $"http://localhost/t/{tenant.Identifier}/";
            return (tenant, url);
        }).ToList();

        var seen = await Task.WhenAll(requests.Select(async r =>
        {
            var html = await client.GetStringAsync(new Uri(r.url));
            return (r.tenant, heading: Html.Heading(html), model: Html.TestId(html, "model-name"));
        }));

        Assert.All(seen, s =>
        {
            Assert.Equal(s.tenant.Name, s.heading);
            Assert.Equal($"Model of {s.tenant.Identifier}", s.model);
        });
    }

    [Fact]
    public async Task A_changed_policy_is_seen_on_the_next_request_without_a_restart()
    {
        var client = factory.Client();
        var suffolk = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("suffolk"))!;
        var before = await client.GetStringAsync(new Uri("http://suffolk.localhost/"));

        await SetModelName(suffolk, "Suffolk Safety");
        var after = await client.GetStringAsync(new Uri("http://suffolk.localhost/"));

        Assert.NotEqual("Suffolk Safety", Html.TestId(before, "model-name"));
        Assert.Equal("Suffolk Safety", Html.TestId(after, "model-name"));
        Assert.Equal(int.Parse(Html.TestId(before, "policy-version")!, System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(Html.TestId(after, "policy-version")!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
