using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class IndicatorPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_reads_the_indicators_shares_them_and_opens_a_snapshot_on_accessible_pages()
    {
        var page = await fixture.SignedInPage("wakefield.localhost", "admin@wakefield", "/indicators");
        Assert.StartsWith("Indicators for", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("wakefield.localhost", "/indicators?period=someday"));
        Assert.Equal("There is a problem", await page.Locator(".govuk-error-summary__title").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("wakefield.localhost", "/indicators/shared"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Share the latest figures now" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-notification-banner--success");
        await Accessibility.AssertNoViolations(page);

        await page.Locator("table a.govuk-link").First.ClickAsync();
        await page.WaitForSelectorAsync("text=Exactly what was sent");
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task An_administrator_opens_the_scrutiny_report_from_the_indicators_and_it_and_its_error_are_accessible()
    {
        var page = await fixture.SignedInPage("wakefield.localhost", "admin@wakefield", "/indicators");
        await page.GetByRole(AriaRole.Link, new() { Name = "Make the report to the scrutiny committee" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Red, amber and green judgements");
        Assert.StartsWith("Signs of Safety: report to the overview and scrutiny committee", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("wakefield.localhost", "/reports/scrutiny?period=2026-11"));
        Assert.Equal("There is a problem", await page.Locator(".govuk-error-summary__title").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
    }
}
