using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class SignInTests(BrowserFixture fixture)
{
    private static async Task SignInAt(IPage page, string userName)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync("consortium-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Theory]
    [InlineData("brent.localhost", "/", "practitioner@brent", "Priya Practitioner", "Brent", "Practitioner")]
    [InlineData("localhost", "/t/bristol/", "admin@bristol", "Ada Administrator", "Bristol, City of", "Authority administrator")]
    [InlineData("hub.localhost", "/", "lead@hub", "Lee Lead", "Consortium hub", "Consortium lead")]
    public async Task A_person_signs_in_sees_who_they_are_and_signs_out(string host, string basePath, string user, string name, string where, string role)
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(fixture.Url(host, basePath + "me"));

        await page.WaitForURLAsync(url => url.Contains("/login?", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);
        await SignInAt(page, user);

        try
        {
            await page.WaitForURLAsync(fixture.Url(host, basePath + "me"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            // Seen rarely under load: say where the browser ended up, so the cause can be found.
            var heading = await page.Locator("h1").First.InnerTextAsync(new() { Timeout = 5_000 });
            throw new Xunit.Sdk.XunitException($"Signing in as {user} ended at {page.Url} (\"{heading}\"), not at {basePath}me.");
        }

        Assert.Equal(name, await page.GetByTestId("me-name").InnerTextAsync());
        Assert.Equal(where, await page.GetByTestId("me-where").InnerTextAsync());
        Assert.Equal(role, (await page.GetByTestId("me-roles").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolations(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(fixture.Url(host, basePath), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).CountAsync());
        await page.GotoAsync(fixture.Url(host, basePath + "me"));
        await page.WaitForURLAsync(url => url.Contains("/login?", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    [Fact]
    public async Task A_brent_session_is_worthless_at_bristol_and_at_the_hub()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(fixture.Url("brent.localhost", "/me"));
        await SignInAt(page, "manager@brent");
        await page.WaitForURLAsync(fixture.Url("brent.localhost", "/me"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.GotoAsync(fixture.Url("bristol.localhost", "/me"));
        Assert.Contains("/idp/bristol/login", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(fixture.Url("hub.localhost", "/me"));
        Assert.Contains("/idp/hub/login", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(fixture.Url("brent.localhost", "/me"));
        Assert.Equal("Mo Manager", await page.GetByTestId("me-name").InnerTextAsync());
    }

    [Fact]
    public async Task Wrong_details_show_the_error_summary_accessibly()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(fixture.Url("wakefield.localhost", "/me"));
        await SignInAt(page, "practitioner@brent");

        Assert.Equal("There is a problem", await page.Locator(".govuk-error-summary__title").InnerTextAsync());
        Assert.Contains("not right for wakefield", await page.Locator(".govuk-error-summary__list").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task Someone_with_no_role_sees_an_accessible_no_access_page()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(fixture.Url("norfolk.localhost", "/admin"));
        await SignInAt(page, "noaccess@norfolk");

        await page.WaitForURLAsync(url => url.Contains("/no-access", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("You do not have access to this page", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task The_administration_pages_are_accessible_and_show_errors_accessibly()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync(fixture.Url("suffolk.localhost", "/admin"));
        await SignInAt(page, "admin@suffolk");
        await page.WaitForURLAsync(fixture.Url("suffolk.localhost", "/admin"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("suffolk.localhost", "/admin/roles"));
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("suffolk.localhost", "/admin/policy"));
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("Suppress shared counts from 1 up to").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();

        Assert.Contains("Suppression threshold must be 5 or more", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "policy-error.png"), FullPage = false });
    }
}
