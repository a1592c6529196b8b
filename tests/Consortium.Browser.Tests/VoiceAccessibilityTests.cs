using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>Family goals and the child's view on direct work, in a real browser, accessible in every state.</summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class VoiceAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_practitioner_records_family_goals_and_the_childs_view_on_accessible_pages()
    {
        var page = await fixture.SignedInPage("brent.localhost", "practitioner@brent", "/caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral" }).ClickAsync();
        await page.GetByLabel("First name").FillAsync("Gwen");
        await page.GetByLabel("Last name").FillAsync("Voicetest");
        await page.Locator("[id='DateOfBirth-Day']").FillAsync("3");
        await page.Locator("[id='DateOfBirth-Month']").FillAsync("4");
        await page.Locator("[id='DateOfBirth-Year']").FillAsync("2017");
        await page.GetByLabel("Sex").SelectOptionAsync("2");
        await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
        await page.GetByLabel("Who made the referral").SelectOptionAsync("2A");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await page.GetByLabel("Reason for the referral").FillAsync("School reports Gwen is often hungry.");
        await page.GetByLabel("Referrer's name").FillAsync("Rosalind Referrer");
        await page.GetByLabel("Referrer's phone number").FillAsync("020 7946 0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var casePath = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { Name = "Family goals" }).ClickAsync();
        await page.GetByTestId("no-goals").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync();
        Assert.Contains("Write the goal in the family's own words", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("The goal, in the family's own words").FillAsync("Gwen has breakfast before school every day.");
        await page.GetByLabel("The family's rating at the start").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync();
        await page.GetByTestId("goals").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rate goal 1" }).ClickAsync();
        await page.GetByLabel("When the family rated it").SelectOptionAsync("Closure");
        await page.GetByLabel("The family's rating", new() { Exact = true }).SelectOptionAsync("9");
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await page.GetByTestId("closure-0").WaitForAsync();
        Assert.Equal("Achieved", (await page.GetByTestId("closure-0").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("brent.localhost", casePath + "/direct-work"));
        await page.GetByLabel("Tool used").SelectOptionAsync("WordsAndPictures");
        await page.GetByLabel("The child's words").FillAsync("Mummy was sad and did not get up.");
        await page.GetByLabel("Did the worker explain the worries about you?").SelectOptionAsync("Yes");
        await page.GetByLabel("Does the plan make you feel safe?").SelectOptionAsync("Partly");
        await page.GetByLabel("Child's consent to sharing").SelectOptionAsync("Given");
        await page.GetByLabel("Parent's consent to sharing").SelectOptionAsync("Given");
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save direct work" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/children/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Does the plan make you feel safe?", await page.GetByTestId("child-view").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }
}
