using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class SelfAssessmentAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_rates_a_quarter_and_sees_the_trend_on_accessible_pages()
    {
        var page = await fixture.SignedInPage("norfolk.localhost", "admin@norfolk", "/programme/self-assessment");
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rate this quarter" }).ClickAsync();
        await page.Locator("#Rating-Leadership").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the self-assessment" }).ClickAsync();
        Assert.Contains("Rate leadership from 0 to 10", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        foreach (var element in new[] { "Leadership", "PolicyAlignment", "Training", "PracticeLeadership", "QualityAssurance", "InformationSystems" })
        {
            await page.Locator($"#Rating-{element}").SelectOptionAsync("6");
            await page.Locator($"#Evidence-{element}").FillAsync($"Programme board minutes on {element}");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the self-assessment" }).ClickAsync();
        await page.GetByTestId("self-assessment").WaitForAsync();
        Assert.Contains("Leadership", await page.GetByTestId("self-assessment").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }
}
