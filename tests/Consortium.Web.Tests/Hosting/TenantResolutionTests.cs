using System.Net;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

public sealed class TenantResolutionTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    public static TheoryData<string, string> Authorities => new()
    {
        { "brent", "Brent" },
        { "bristol", "Bristol, City of" },
        { "leicestershire", "Leicestershire" },
        { "lincolnshire", "Lincolnshire" },
        { "norfolk", "Norfolk" },
        { "suffolk", "Suffolk" },
        { "tower-hamlets", "Tower Hamlets" },
        { "wakefield", "Wakefield" },
        { "west-sussex", "West Sussex" },
        { "wokingham", "Wokingham" },
    };

    [Theory]
    [MemberData(nameof(Authorities))]
    public async Task Each_authority_is_served_at_its_own_host(string slug, string name)
    {
        var response = await factory.Client().GetAsync(new Uri($"http://{slug}.localhost/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, Html.Heading(html));
        Assert.Contains($"<title>Home – {WebUtility.HtmlEncode(name)}</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Authorities))]
    public async Task Each_authority_is_served_under_its_base_path(string slug, string name)
    {
        var response = await factory.Client().GetAsync(new Uri($"http://localhost/t/{slug}/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, Html.Heading(html));
        Assert.Contains($"href=\"/t/{slug}/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leicestershire_shows_its_own_name_for_the_model()
    {
        var html = await factory.Client().GetStringAsync(new Uri("http://leicestershire.localhost/"));
        var other = await factory.Client().GetStringAsync(new Uri("http://localhost/t/norfolk/"));

        Assert.Equal("Growing Safety", Html.TestId(html, "model-name"));
        Assert.Equal("Signs of Safety", Html.TestId(other, "model-name"));
    }

    [Theory]
    [InlineData("http://unknown.localhost/")]
    [InlineData("http://unknown.localhost/t/brent/")]
    [InlineData("http://localhost/t/unknown/")]
    [InlineData("http://localhost/t/Brent/")]
    [InlineData("http://hub.localhost/t/brent/")]
    [InlineData("http://www.localhost/")]
    [InlineData("http://brent.example.org/")]
    [InlineData("http://localhost/t/")]
    public async Task An_unknown_authority_gets_a_404_page_that_names_no_authority(string url)
    {
        var response = await factory.Client().GetAsync(new Uri(url));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Html.Heading(html));
        var names = (await factory.Services.GetRequiredService<ITenantDirectory>().GetAllAsync()).Select(t => t.Name);
        Assert.All(names, name => Assert.DoesNotContain(WebUtility.HtmlEncode(name), html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_platform_host_lists_every_authority_and_is_no_authoritys_page()
    {
        var html = await factory.Client().GetStringAsync(new Uri("http://localhost/"));

        Assert.Equal("Consortium", Html.Heading(html));
        Assert.Null(Html.TestId(html, "model-name"));
        foreach (var slug in Authorities.Select(row => (string)row[0]))
        {
            Assert.Contains($"href=\"http://{slug}.localhost/\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/t/{slug}/\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://localhost/health/live")]
    [InlineData("http://brent.localhost/health/live")]
    [InlineData("http://unknown.localhost/health/live")]
    [InlineData("http://unknown.localhost/assets/app.css")]
    [InlineData("http://brent.localhost/assets/app.css")]
    public async Task Health_checks_and_static_assets_bypass_tenant_resolution(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync(new Uri(url))).StatusCode);

    [Fact]
    public async Task A_missing_page_of_a_known_authority_is_a_404_too() =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client().GetAsync(new Uri("http://brent.localhost/no-such-page"))).StatusCode);
}
