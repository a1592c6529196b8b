using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>
/// Quality assurance in a real browser with axe on every page: a QA lead draws the month's sample and completes an
/// audit with a practitioner conversation and an action, a manager moderates it to another grade, and the dashboard
/// shows it; the administrator's framework page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class QualityJourneyTests(BrowserFixture fixture)
{
    private const string Slug = "suffolk";

    private Task<IPage> SignedIn(string user, string path) => fixture.SignedInPage($"{Slug}.localhost", user, path);

    private async Task<string> ReferredAsync()
    {
        var tenant = (await fixture.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(Slug))!;
        var worker = new StaffMember("suffolk-practitioner", "Priya Practitioner", "Assessment team 1", new HashSet<StaffRole> { StaffRole.Practitioner }, "practitioner@suffolk");
        var referral = new NewReferral
        {
            GivenName = "Aud", FamilyName = "Journey", DateOfBirth = new DateOnly(2017, 3, 3), SexCode = "1", EthnicityCode = "WBRI",
            ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10), ReferralSource = "2A", PrimaryNeed = "N1",
            Reason = "School worried about bruising.", ReferrerName = "Rosalind Referrer", ReferrerEmail = "r.referrer@example.org",
        };
        var record = await fixture.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(referral, worker, cancellationToken: ct));
        return record.Value!.Reference;
    }

    [Fact]
    public async Task A_qa_lead_draws_and_completes_an_audit_a_manager_moderates_it_and_the_dashboard_shows_it()
    {
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, Slug, "qa@suffolk", "Quinn", "Assurance", "QualityAssurance", null);
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, Slug, "manager@suffolk", "Mo", "Manager", "TeamManager", "Assessment team 1");
        var reference = await ReferredAsync();

        var qa = await SignedIn("qa@suffolk", "/quality");
        await Accessibility.AssertNoViolations(qa);
        await qa.GetByLabel("Seed (optional)").FillAsync("2026");
        await qa.GetByRole(AriaRole.Button, new() { Name = "Draw this month's sample" }).ClickAsync();
        await qa.GetByTestId("sample-drawn").WaitForAsync();
        await Accessibility.AssertNoViolations(qa);

        await qa.GetByRole(AriaRole.Link, new() { Name = $"Audit case {reference}" }).ClickAsync();
        await qa.GetByTestId("record-links").WaitForAsync();
        await Accessibility.AssertNoViolations(qa);
        await qa.Locator("#Answers-danger-statement").CheckAsync();
        await qa.Locator("#Answers-safety-goal-1").CheckAsync();
        await qa.Locator("#Answers-plan-quality-6").CheckAsync();
        await qa.Locator("#Grade-4").CheckAsync();
        var today = DateTime.UtcNow;
        await qa.Locator("[id='ConversationOn-Day']").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await qa.Locator("[id='ConversationOn-Month']").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await qa.Locator("[id='ConversationOn-Year']").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await qa.Locator("#ConversationStaff").CheckAsync();
        await qa.GetByLabel("The practitioner's own rating of the work, 0 to 10").SelectOptionAsync("6");
        await qa.GetByLabel("Your rating of the work, 0 to 10").SelectOptionAsync("3");
        await qa.GetByLabel("What is working well").FillAsync("Mum talks openly with the worker.");
        await qa.GetByLabel("What are we worried about").FillAsync("No safety goal the family understands.");
        await qa.GetByLabel("What needs to happen", new() { Exact = true }).First.FillAsync("Agree a safety goal with Mum this week.");
        await qa.GetByRole(AriaRole.Button, new() { Name = "Complete the audit" }).ClickAsync();
        await qa.GetByTestId("audit-result").WaitForAsync();
        await Accessibility.AssertNoViolations(qa);

        await qa.Locator("#ActionText").FillAsync("Agree a safety goal with Mum");
        await qa.Locator("#ActionOwner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await qa.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await qa.GetByTestId("audit-action").WaitForAsync();
        await Accessibility.AssertNoViolations(qa);

        var manager = await SignedIn("manager@suffolk", "/quality");
        await Accessibility.AssertNoViolations(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Moderate case {reference}" }).ClickAsync();
        await manager.Locator("#ModeratedGrade").SelectOptionAsync("3");
        await manager.Locator("#ModerationReason").FillAsync("The plan is sound; the goal is the gap.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the moderation" }).ClickAsync();
        await manager.GetByTestId("moderated-grade").WaitForAsync();
        Assert.Contains("3 Requires improvement to be good", await manager.GetByTestId("moderated-grade").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(manager);

        await qa.GotoAsync(fixture.Url($"{Slug}.localhost", "/quality/dashboard"));
        await Accessibility.AssertNoViolations(qa);
        var month = today.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var row = qa.GetByTestId("grades-by-month").Locator("tr", new() { HasText = month });
        Assert.Contains("1", await row.InnerTextAsync(), StringComparison.Ordinal);

        var admin = await SignedIn("admin@suffolk", "/admin/audit-framework");
        await Accessibility.AssertNoViolations(admin);
    }
}
