using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class CaseworkJourneyTests(BrowserFixture fixture)
{
    private static readonly byte[] Drawing = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82];

    private Task<IPage> SignedIn(string slug, string user, string path) => fixture.SignedInPage($"{slug}.localhost", user, path);

    private static async Task FillReferralDetails(IPage page)
    {
        await page.GetByLabel("Reason for the referral").FillAsync("School reports bruising on both arms.");
        await page.GetByLabel("Referrer's name").FillAsync("Rosalind Referrer");
        await page.GetByLabel("Referrer's phone number").FillAsync("020 7946 0000");
    }

    private static async Task FillDate(IPage page, string name, DateTime date)
    {
        await page.Locator($"[id='{name}-Day']").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"[id='{name}-Month']").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"[id='{name}-Year']").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_practitioner_records_a_referral_a_map_with_ratings_and_a_drawing_and_their_manager_sees_the_case()
    {
        var page = await SignedIn("brent", "practitioner@brent", "/caseload");
        await Accessibility.AssertNoViolations(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral" }).ClickAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("First name").FillAsync("Jordan");
        await page.GetByLabel("Last name").FillAsync("Testcase");
        await FillDate(page, "DateOfBirth", new DateTime(2018, 6, 1));
        await page.GetByLabel("Sex").SelectOptionAsync("1");
        await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
        await page.GetByLabel("Who made the referral").SelectOptionAsync("2A");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await FillReferralDetails(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("Referral", (await page.GetByTestId("case-stage").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolations(page);
        var casePath = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a map" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/edit", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("Harm").FillAsync("Jordan was left alone overnight twice in October.");
        await page.GetByLabel("Danger statement 1").FillAsync("School and social care are worried Jordan will be left alone at night again.");
        await page.GetByLabel("Safety goal 1").FillAsync("Jordan will always have a trusted adult with him at night, for six months.");
        await page.GetByLabel("Danger statement 2").FillAsync("Social care is worried Jordan will be hurt when his parents fight.");
        await page.GetByLabel("Safety goal 2").FillAsync("Jordan will live without violence at home, checked by the network.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save map" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(2, await page.GetByTestId("pair").CountAsync());

        var scored = 0;
        foreach (var (person, role, score) in new[] { ("Sam Testcase", "Father", "6"), ("Jordan", "Child", "4"), ("Priya Practitioner", "Social worker", "3") })
        {
            await page.GetByLabel("What is being scored").SelectOptionAsync(new SelectOptionValue { Label = "Danger statement 1" });
            await page.GetByLabel("Name of the person scoring").FillAsync(person);
            await page.GetByLabel("Who they are").FillAsync(role);
            await page.GetByLabel("Score", new() { Exact = true }).SelectOptionAsync(score);
            await page.GetByLabel("Why they gave this score").FillAsync($"{person}'s reasons");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add score" }).ClickAsync();
            await page.GetByTestId("ratings").Locator("li").Nth(scored++).WaitForAsync();
        }

        Assert.Equal(3, await page.GetByTestId("ratings").Locator("li").CountAsync());
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("brent.localhost", casePath + "/direct-work"));
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("Tool used").SelectOptionAsync("ThreeHouses");
        await page.GetByLabel("The house of worries").FillAsync("Being on my own at night.");
        await page.GetByLabel("The house of dreams").FillAsync("A dog.");
        await page.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "three-houses.png", MimeType = "image/png", Buffer = Drawing });
        await page.GetByLabel("Child's consent to sharing").SelectOptionAsync("Given");
        await page.GetByLabel("Parent's consent to sharing").SelectOptionAsync("Given");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save direct work" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/children/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("three-houses.png", await page.GetByTestId("direct-work").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(fixture.Url("brent.localhost", casePath + "/safety"));
        await page.GetByText("Add someone to the network").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nana Testcase");
        await page.GetByLabel("Who they are to the child").FillAsync("Grandmother");
        await page.GetByLabel("They have been told the danger statements").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to network" }).ClickAsync();
        Assert.Contains("Nana Testcase", await page.GetByTestId("network").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Write the safety plan" }).ClickAsync();
        await Accessibility.AssertNoViolations(page);
        await page.Locator("[id='Rules-0-Rule']").FillAsync("Nana stays with Jordan every night.");
        await page.GetByLabel("Nana Testcase makes sure it is kept").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this revision" }).ClickAsync();
        Assert.Contains("Nana stays with Jordan every night.", await page.GetByTestId("plan-rules").InnerTextAsync(), StringComparison.Ordinal);

        var manager = await SignedIn("brent", "manager@brent", "/caseload/team");
        Assert.Contains("Jordan Testcase", await manager.GetByTestId("caseload").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(manager);
    }

    [Fact]
    public async Task A_practitioner_refers_siblings_moves_them_together_onto_a_plan_and_records_its_meetings()
    {
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, "brent", "cal.coregroup@brent.gov.uk", "Cal", "Coregroup");
        var page = await SignedIn("brent", "practitioner@brent", "/referrals/new");
        await page.GetByLabel("First name").FillAsync("Ada");
        await page.GetByLabel("Last name").FillAsync("Groupcase");
        await FillDate(page, "DateOfBirth", new DateTime(2017, 3, 1));
        await page.GetByLabel("Sex").SelectOptionAsync("2");
        await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
        await page.GetByLabel("No disability").CheckAsync();
        await page.GetByLabel("Who made the referral").SelectOptionAsync("6");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await FillReferralDetails(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var casePath = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a sibling to this referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/siblings/new", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sibling" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByLabel("First name").FillAsync("Bo");
        await FillDate(page, "DateOfBirth", new DateTime(2019, 8, 9));
        await page.GetByLabel("Sex").SelectOptionAsync("1");
        await page.GetByLabel("Learning").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sibling" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(casePath, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Bo Groupcase", await page.GetByTestId("siblings").InnerTextAsync(), StringComparison.Ordinal);

        foreach (var (stage, category) in new[] { ("StrategyDiscussion", (string?)null), ("Section47Enquiry", null), ("InitialConference", null), ("ChildProtectionPlan", "NEG") })
        {
            await page.GetByLabel("Move the case to").SelectOptionAsync(stage);
            if (category is not null)
            {
                await page.GetByLabel("Category of abuse").SelectOptionAsync(category);
            }

            await page.GetByLabel("Move the sibling group").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save stage" }).ClickAsync();
            await page.GetByTestId("case-history").Locator("li").Filter(new() { HasText = stage == "Section47Enquiry" ? "section 47" : stage == "InitialConference" ? "initial child protection" : stage == "StrategyDiscussion" ? "strategy discussion" : "child protection plan" }).First.WaitForAsync();
        }

        Assert.Equal("Child protection plan", (await page.GetByTestId("case-stage").InnerTextAsync()).Trim());
        Assert.Contains("child protection plan", await page.GetByTestId("siblings").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews and core groups" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/plan", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save review conference" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await FillDate(page, "CoreGroupHeldOn", DateTime.UtcNow);
        await page.Locator("input[name=CoreGroupStaffAttendees]").First.CheckAsync();
        await page.Locator("textarea[name=CoreGroupOtherAttendees]").FillAsync("Ann Teacher, Greenfield Primary School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save core group meeting" }).ClickAsync();
        await page.GetByTestId("core-groups").WaitForAsync();
        Assert.Contains("Ann Teacher (Greenfield Primary School)", await page.GetByTestId("attended").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("First core group", await page.GetByTestId("plan-timescales").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(page.Url.Replace("/plan", "/enquiries", StringComparison.Ordinal));
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the outcome of the strategy discussion" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.Locator("#StrategyOutcome").SelectOptionAsync("StartSection47");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the outcome of the strategy discussion" }).ClickAsync();
        await page.GetByTestId("saved").WaitForAsync();
        Assert.Contains("Start a section 47 enquiry", await page.GetByTestId("outcome-StrategyDiscussion").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Correct the outcome of the strategy discussion" }).ClickAsync();
        await page.Locator("#WhyCorrected").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.Locator("#Outcome").SelectOptionAsync("SingleAssessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.Locator("#WhyCorrected").FillAsync("The manager decided on section 17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await page.GetByTestId("corrections-StrategyDiscussion").WaitForAsync();
        Assert.Contains("continue the single assessment", await page.GetByTestId("outcome-StrategyDiscussion").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task A_search_without_words_shows_an_accessible_error()
    {
        var page = await SignedIn("tower-hamlets", "qa@tower-hamlets", "/search");
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Contains("Enter a name or reference", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }

    [Fact]
    public async Task A_child_referred_again_is_found_before_a_second_record_is_made_and_referred_from_their_record()
    {
        var page = await SignedIn("brent", "practitioner@brent", "/referrals/new");
        async Task Refer()
        {
            await page.GotoAsync(fixture.Url("brent.localhost", "/referrals/new"));
            await page.GetByLabel("First name").FillAsync("Rowan");
            await page.GetByLabel("Last name").FillAsync("Repeatedly");
            await FillDate(page, "DateOfBirth", new DateTime(2017, 4, 2));
            await page.GetByLabel("Sex").SelectOptionAsync("2");
            await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
            await page.GetByLabel("Who made the referral").SelectOptionAsync("2A");
            await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await FillReferralDetails(page);
        }

        await Refer();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var firstCase = new Uri(page.Url).AbsolutePath;

        await Refer();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.GetByTestId("likely-matches").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the referral on this record (Rowan Repeatedly)" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/referrals/new?", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);
        await FillReferralDetails(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal) && !url.EndsWith(firstCase, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.GotoAsync(fixture.Url("brent.localhost", firstCase + "/visits"));
        await Accessibility.AssertNoViolations(page);
        await page.GotoAsync(fixture.Url("brent.localhost", "/search?q=Repeatedly"));
        Assert.Contains("2 April 2017", await page.GetByTestId("children").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2 episodes", await page.GetByTestId("children").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rowan Repeatedly" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/children/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(2, await page.GetByTestId("cases").Locator("li").CountAsync());
        await Accessibility.AssertNoViolations(page);
        var childPath = new Uri(page.Url).AbsolutePath;

        var admin = await SignedIn("brent", "admin@brent", "/admin/retention");
        await Accessibility.AssertNoViolations(admin);
        await admin.GotoAsync(fixture.Url("brent.localhost", childPath + "/merge"));
        await Accessibility.AssertNoViolations(admin);
    }

    [Fact]
    public async Task A_team_manager_authorises_allocates_and_supervises_from_the_team_caseload()
    {
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, "brent", "tess.allocated@brent.gov.uk", "Tess", "Allocated");
        var practitioner = await SignedIn("brent", "practitioner@brent", "/referrals/new");
        var open = await RecordReferralAsync(practitioner, "Bo", "Underwood", new DateTime(2016, 3, 3));
        await practitioner.GotoAsync(fixture.Url("brent.localhost", "/referrals/new"));
        await RecordReferralAsync(practitioner, "Ari", "Overseen", new DateTime(2019, 9, 9));
        await practitioner.GetByLabel("Move the case to").SelectOptionAsync("Closed");
        await practitioner.GetByLabel("Reason for closing (for closure)").SelectOptionAsync("RC8");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Save stage" }).ClickAsync();
        await practitioner.GetByTestId("waiting-authorisation").WaitForAsync();
        await Accessibility.AssertNoViolations(practitioner);

        var page = await SignedIn("brent", "manager@brent", "/caseload");
        await page.GetByTestId("team-cases-link").ClickAsync();
        await page.GetByTestId("waiting-authorisations").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByTestId("waiting-authorisations").GetByRole(AriaRole.Link, new() { Name = "Ari Overseen" }).ClickAsync();
        await page.GetByTestId("waiting-request").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Authorise", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/authorisation", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Authorised: the case is now at closed", await page.GetByTestId("saved").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Closed", await page.GetByTestId("case-stage").InnerTextAsync());

        await page.GotoAsync(fixture.Url("brent.localhost", "/caseload/team?Sort=Worker"));
        await page.GetByTestId("caseload").GetByRole(AriaRole.Link, new() { Name = "Bo Underwood" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(open, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Link, new() { Name = "Allocation and supervision of this case" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/oversight", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Accessibility.AssertNoViolations(page);

        await page.GetByLabel("Allocate to").SelectOptionAsync(new SelectOptionValue { Label = "Tess Allocated, Social worker" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await page.GetByTestId("allocations").WaitForAsync();
        Assert.Contains("Case allocated to Tess Allocated", await page.GetByTestId("saved").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);

        await page.GetByLabel("Tess Allocated, Social worker").CheckAsync();
        await page.GetByLabel("What is working well?").FillAsync("Grandmother visits every day.");
        await page.GetByLabel("What are we worried about?").FillAsync("Nobody has seen the new partner.");
        await page.GetByLabel("What needs to happen? (the decisions)").FillAsync("Visit at home by Friday.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save supervision" }).ClickAsync();
        await page.GetByTestId("supervision").WaitForAsync();
        Assert.Contains("Visit at home by Friday.", await page.GetByTestId("supervision").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }

    /// <summary>Records a referral on the new-referral form, and answers the case's path.</summary>
    private static async Task<string> RecordReferralAsync(IPage page, string given, string family, DateTime born)
    {
        await page.GetByLabel("First name").FillAsync(given);
        await page.GetByLabel("Last name").FillAsync(family);
        await FillDate(page, "DateOfBirth", born);
        await page.GetByLabel("Sex").SelectOptionAsync("1");
        await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
        await page.GetByLabel("Who made the referral").SelectOptionAsync("2A");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await FillReferralDetails(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return new Uri(page.Url).AbsolutePath;
    }
}
