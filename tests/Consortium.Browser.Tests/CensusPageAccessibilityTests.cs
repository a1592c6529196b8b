using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class CensusPageAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_census_page_is_accessible_with_a_year_refused_and_with_failures_listed()
    {
        var westSussex = (await fixture.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("west-sussex"))!;
        await fixture.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(westSussex, async (sp, ct) =>
        {
            // Referred in 2025-26 with no disability recorded: rule 8540 fails.
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = new Child { Reference = "C-AXE001", GivenName = "Axel", FamilyName = "Census", DateOfBirth = new DateOnly(2016, 1, 1), CreatedAt = DateTimeOffset.UtcNow };
            db.Children.Add(child);
            db.Cases.Add(new CaseRecord
            {
                ChildId = child.Id, Reference = "R-AXE001", Stage = CaseStage.Referral, ReferralDate = new DateOnly(2025, 10, 1), ReferralSource = ReferralSource.Unknown,
                PrimaryNeed = PrimaryNeed.AbuseOrNeglect, WorkerSubject = "x", WorkerName = "x", Team = "x",
            });
            await db.SaveChangesAsync(ct);
        });
        var page = await fixture.SignedInPage("west-sussex.localhost", "admin@west-sussex", "/admin/census");
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("west-sussex.localhost", "/admin/census?year=1999"));
        Assert.Contains("Select a collection year from the list", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("west-sussex.localhost", "/admin/census"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate and validate" }).ClickAsync();
        await fixture.Services.GetRequiredService<CensusRuns>().Latest(westSussex, CensusYears.Default)!.Completion;
        await page.GotoAsync(fixture.Url("west-sussex.localhost", "/admin/census?year=2026"));
        Assert.Equal("CAXE001", await page.Locator("[data-failure='8540 CAXE001'] td").Nth(1).InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
    }
}
