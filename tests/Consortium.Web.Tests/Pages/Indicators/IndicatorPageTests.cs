using System.Net;
using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Indicators;

/// <summary>
/// An authority's own indicators, what it has shared, and who may share now. One host for the class: each test that
/// shares, or counts what was shared, uses authorities no other test here shares at.
/// </summary>
public sealed class IndicatorPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private readonly ConsortiumWebFactory _factory = factory;

    private async Task<TenantInfo> Tenant(string slug) =>
        (await _factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;

    private async Task<long> ShareOnce(string slug)
    {
        var tenant = await Tenant(slug);
        await _factory.Services.GetRequiredService<IndicatorPublisher>().PublishRecentAsync(tenant, SnapshotReason.Operator);
        return await _factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) =>
            sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.MaxAsync(s => s.Id, ct));
    }

    [Fact]
    public async Task A_practitioner_sees_the_authoritys_indicators_for_the_chosen_period()
    {
        var client = await _factory.SignedIn("http://norfolk.localhost/indicators", "practitioner@norfolk");

        var html = await client.GetStringAsync(new Uri("http://norfolk.localhost/indicators?period=2024-25%20Q3"));

        Assert.Equal("Indicators for 2024-25 Q3", Html.Heading(html));
        Assert.Contains("data-indicator=\"REREF12\"", html, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"SOS_SCALE_GAP\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-27")]
    [InlineData("next year")]
    [InlineData("2099-00")]
    public async Task A_period_that_is_not_one_shows_the_error_summary(string period)
    {
        var client = await _factory.SignedIn("http://norfolk.localhost/indicators", "practitioner@norfolk");

        var html = await client.GetStringAsync(new Uri($"http://norfolk.localhost/indicators?period={Uri.EscapeDataString(period)}"));

        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Select a period from the list", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_shares_now_and_the_snapshots_are_listed_with_what_each_said()
    {
        var admin = await _factory.SignedIn("http://suffolk.localhost/indicators/shared", "admin@suffolk");
        var page = await admin.GetStringAsync(new Uri("http://suffolk.localhost/indicators/shared"));

        var posted = await admin.PostAsync(new Uri("http://suffolk.localhost/indicators/shared"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.FormToken(page) }));
        var after = await admin.GetStringAsync(new Uri("http://suffolk.localhost/indicators/shared"));

        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        Assert.Contains("6 snapshots of the latest figures are on their way to the hub", after, StringComparison.Ordinal);
        Assert.Contains("Shared by an administrator", after, StringComparison.Ordinal);
        var id = await _factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(await Tenant("suffolk"), (sp, ct) =>
            sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.MaxAsync(s => s.Id, ct));
        var detail = await admin.GetStringAsync(new Uri($"http://suffolk.localhost/indicators/shared/{id}"));
        Assert.Contains((await Tenant("suffolk")).NewLaCode, detail, StringComparison.Ordinal);
        Assert.Contains("Exactly what was sent", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_may_share_now()
    {
        var practitioner = await _factory.SignedIn("http://wakefield.localhost/indicators/shared", "practitioner@wakefield");
        var page = await practitioner.GetStringAsync(new Uri("http://wakefield.localhost/indicators/shared"));

        var posted = await practitioner.PostAsync(new Uri("http://wakefield.localhost/indicators/shared"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.FormToken(page) }));

        Assert.DoesNotContain("Share the latest figures now", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        Assert.Contains("no-access", posted.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(await Tenant("wakefield"), (sp, ct) =>
            sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.CountAsync(ct)));
    }

    [Fact]
    public async Task Another_authoritys_snapshot_is_not_found_and_its_list_does_not_show()
    {
        // Each authority numbers its own snapshots from 1: Bristol shares twice, Brent once, so Bristol's latest id
        // exists only in Bristol's database, and asking for it at Brent must not reach it.
        await ShareOnce("bristol");
        var bristolSnapshot = await ShareOnce("bristol");
        var brentLatest = await ShareOnce("brent");
        Assert.True(bristolSnapshot > brentLatest);
        var brent = await _factory.SignedIn("http://brent.localhost/indicators/shared", "admin@brent");

        var response = await brent.GetAsync(new Uri($"http://brent.localhost/indicators/shared/{bristolSnapshot}"));
        var list = await brent.GetStringAsync(new Uri("http://brent.localhost/indicators/shared"));
        var bristolCode = (await Tenant("bristol")).NewLaCode;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(bristolCode, list, StringComparison.Ordinal);
        var own = await brent.GetStringAsync(new Uri("http://brent.localhost/indicators/shared/1"));
        Assert.DoesNotContain(bristolCode, own, StringComparison.Ordinal);
        Assert.Contains((await Tenant("brent")).NewLaCode, own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_the_hub_has_no_authority_indicators()
    {
        var anonymous = _factory.Client();
        var response = await anonymous.GetAsync(new Uri("http://brent.localhost/indicators"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("http://hub.localhost/indicators"))).StatusCode);
    }
}
