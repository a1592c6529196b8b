using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>The done-when in a browser: Leicestershire's administrator sets the intervention date and opens the evaluation of repeat plans; axe on every page.</summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class EvaluationAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_programme_timeline_and_the_evaluation_pages_are_accessible_with_and_without_errors()
    {
        var page = await fixture.SignedInPage("leicestershire.localhost", "admin@leicestershire", "/admin/programme");
        await Accessibility.AssertNoViolations(page);

        var introduced = page.Locator("#IntroducedOn");
        await introduced.GetByLabel("Day").FillAsync("31");
        await introduced.GetByLabel("Month").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the timeline" }).ClickAsync();
        Assert.Contains("must be a real date", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        foreach (var (field, day, month, year) in new[] { ("#IntroducedOn", "1", "10", "2014"), ("#BaselineFrom", "1", "4", "2012"), ("#BaselineTo", "31", "3", "2014") })
        {
            var date = page.Locator(field);
            await date.GetByLabel("Day").FillAsync(day);
            await date.GetByLabel("Month").FillAsync(month);
            await date.GetByLabel("Year").FillAsync(year);
        }

        foreach (var (field, day, month, year) in new[] { ("Phases[0].Start", "1", "10", "2014"), ("Phases[0].End", "30", "9", "2016"), ("Phases[1].Start", "1", "10", "2016") })
        {
            await page.Locator($"[name='{field}.Day']").FillAsync(day);
            await page.Locator($"[name='{field}.Month']").FillAsync(month);
            await page.Locator($"[name='{field}.Year']").FillAsync(year);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the timeline" }).ClickAsync();
        Assert.Contains("Programme timeline saved", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(fixture.Url("leicestershire.localhost", "/evaluation?Indicator=CPP_REPEAT"));
        Assert.Contains("1 October 2014", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("relative to the comparison group", await page.GetByTestId("did-sentence").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("leicestershire.localhost", "/evaluation?Indicator=CPP_REPEAT&BeforeFrom=2016&BeforeTo=2014"));
        Assert.Contains("The before window must end in or after the year it starts", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }
}
