using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class StaffPageAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_staff_and_team_pages_are_accessible_and_show_errors_accessibly()
    {
        var page = await fixture.SignedInPage("wokingham.localhost", "admin@wokingham", "/admin/teams/new");
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("Team name").FillAsync("Accessible team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("wokingham.localhost", "/admin/staff/new"));
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member of staff" }).ClickAsync();
        Assert.Contains("Enter a first name", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        foreach (var path in new[] { "/admin/staff", "/admin/staff?status=All&sort=Team", "/admin/staff/import" })
        {
            await page.GotoAsync(fixture.Url("wokingham.localhost", path));
            await Accessibility.AssertNoViolations(page);
        }

        await page.GetByLabel("Upload a CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "staff.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("First name,Last name,Sign-in name,Role,Job title,Start date,FTE,Employment\nSam,Example,sam@wokingham.gov.uk,Practitioner,Social worker,2024-04-01,1,Employed\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sam Example" }).ClickAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GotoAsync(fixture.Url("wokingham.localhost", "/admin/teams"));
        await Accessibility.AssertNoViolations(page);
    }
}
