using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class PageTests(BrowserFixture fixture)
{
    private async Task<IPage> Open(string url)
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(url);
        return page;
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}.png");
    }

    [Fact]
    public async Task The_platform_page_lists_the_authorities_and_its_links_reach_each_authoritys_host()
    {
        var page = await Open(fixture.Url("localhost"));
        await Accessibility.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("platform"), FullPage = true });
        Assert.Equal(10, await page.Locator("tr[data-authority]").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = fixture.Url("wokingham.localhost") }).ClickAsync();

        await page.WaitForURLAsync(fixture.Url("wokingham.localhost"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("Wokingham", await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData("leicestershire.localhost", "/", "Leicestershire", "Growing Safety")]
    [InlineData("localhost", "/t/tower-hamlets/", "Tower Hamlets", "Signs of Safety")]
    public async Task An_authoritys_start_page_shows_its_name_and_model_and_is_accessible(string host, string path, string name, string model)
    {
        var page = await Open(fixture.Url(host, path));

        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(model, await page.GetByTestId("model-name").InnerTextAsync());
        Assert.Equal(name, await page.Locator(".govuk-header__service-name").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath(host.Split('.')[0] + path.Replace('/', '-')), FullPage = true });
    }

    [Fact]
    public async Task An_unknown_authority_shows_an_accessible_not_found_page()
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(fixture.Url("atlantis.localhost"));

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Consortium", await page.Locator(".govuk-header__service-name").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task Pages_use_arial_and_no_gov_uk_typeface()
    {
        var page = await Open(fixture.Url("brent.localhost"));

        var font = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).fontFamily");

        Assert.StartsWith("arial", font, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("GDS Transport", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
