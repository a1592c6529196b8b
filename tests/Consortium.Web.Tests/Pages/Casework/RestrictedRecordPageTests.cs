namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class RestrictedRecordPageTests(ConsortiumWebFactory factory)
{
    private readonly ConsortiumWebFactory _factory = factory;

    [Fact]
    public async Task A_manager_restricts_a_record_to_named_staff_and_others_see_only_that_it_exists()
    {
        var practitioner = await _factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        var token = Html.FormToken(await practitioner.GetStringAsync(new Uri("http://brent.localhost/referrals/new")));
        var referral = await practitioner.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["GivenName"] = "Robin", ["FamilyName"] = "Private", ["DateOfBirth.Day"] = "1", ["DateOfBirth.Month"] = "2",
            ["DateOfBirth.Year"] = "2016", ["SexCode"] = "2", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "2", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "Worried about bruising.", ["ReferrerName"] = "Rosalind Referrer", ["ReferrerEmail"] = "r.referrer@example.org",
        }));
        var casePage = await practitioner.GetStringAsync(new Uri(new Uri("http://brent.localhost/"), referral.Headers.Location!));
        var childPath = System.Text.RegularExpressions.Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        await InBrentsDirectoryAsync("Priya", "Practitioner", "practitioner@brent");
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var childPage = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        var priya = System.Text.RegularExpressions.Regex.Match(childPage, "name=\"PermittedStaffIds\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>Priya Practitioner").Groups[1].Value;

        var refusedForPractitioner = await practitioner.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Restricted"] = "true",
        }));
        var restricted = await manager.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(childPage),
            ["Token"] = System.Text.RegularExpressions.Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
            ["PermittedStaffIds"] = priya,
        }));
        var qa = await _factory.SignedIn("http://brent.localhost/caseload", "qa@brent");
        var forQa = await qa.GetAsync(new Uri($"http://brent.localhost{childPath}"));
        var qaByName = await qa.GetStringAsync(new Uri("http://brent.localhost/search?q=Private"));
        var caseReference = System.Text.RegularExpressions.Regex.Match(casePage, "Case (R-[0-9A-F]{8})").Groups[1].Value;
        var qaSearch = await qa.GetStringAsync(new Uri($"http://brent.localhost/search?q={caseReference}"));

        Assert.NotEmpty(priya);
        Assert.Contains("/no-access", refusedForPractitioner.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Found, restricted.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forQa.StatusCode);
        var qaHtml = await forQa.Content.ReadAsStringAsync();
        Assert.Contains("This record is restricted", qaHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin", qaHtml, StringComparison.Ordinal);
        Assert.Contains("Restricted record C-", qaSearch, StringComparison.Ordinal);
        Assert.Contains("No children found", qaByName, StringComparison.Ordinal);
        Assert.Contains("Robin Private", await practitioner.GetStringAsync(new Uri($"http://brent.localhost{childPath}")), StringComparison.Ordinal);
        var forManager = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        Assert.Contains("Robin Private", forManager, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"restricted-banner\"[\\s\\S]*Restricted record: only [^<]*can open it", forManager);
    }

    /// <summary>People are named on a record by choosing them from the staff directory; the shared host starts with an empty one.</summary>
    private async Task InBrentsDirectoryAsync(string given, string family, string signInName)
    {
        var admin = await _factory.SignedIn("http://brent.localhost/admin", "admin@brent");
        if (!(await admin.GetStringAsync(new Uri("http://brent.localhost/admin/staff?status=All"))).Contains($"{given} {family}", StringComparison.Ordinal))
        {
            await Admin.StaffPages.AddAsync(admin, "http://brent.localhost", given, family, signInName);
        }
    }

    [Fact]
    public async Task A_restriction_names_people_chosen_from_the_directory_and_refuses_anyone_else()
    {
        await InBrentsDirectoryAsync("Priya", "Practitioner", "practitioner@brent");
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var token = Html.FormToken(await manager.GetStringAsync(new Uri("http://brent.localhost/referrals/new")));
        var referral = await manager.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["GivenName"] = "Quinn", ["FamilyName"] = "Chosen", ["DateOfBirth.Day"] = "3", ["DateOfBirth.Month"] = "3",
            ["DateOfBirth.Year"] = "2015", ["SexCode"] = "1", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "2", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "Worried about bruising.", ["ReferrerName"] = "Rosalind Referrer", ["ReferrerEmail"] = "r.referrer@example.org",
        }));
        var casePage = await manager.GetStringAsync(new Uri(new Uri("http://brent.localhost/"), referral.Headers.Location!));
        var childPath = System.Text.RegularExpressions.Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        var childPage = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        Dictionary<string, string> Restrict(string html, string chosen) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Token"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
            ["PermittedStaffIds"] = chosen,
        };

        Assert.DoesNotContain("<textarea", childPage, StringComparison.Ordinal);
        var typed = await manager.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(Restrict(childPage, Guid.NewGuid().ToString())));
        var priya = System.Text.RegularExpressions.Regex.Match(childPage, "name=\"PermittedStaffIds\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>Priya Practitioner").Groups[1].Value;
        var chosen = await manager.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(Restrict(childPage, priya)));
        var afterwards = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Contains("Choose people from the list of current staff", await typed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Found, chosen.StatusCode);
        Assert.Matches($"value=\"{priya}\" checked", afterwards);
        var practitioner = await _factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        Assert.Contains("Quinn Chosen", await practitioner.GetStringAsync(new Uri($"http://brent.localhost{childPath}")), StringComparison.Ordinal);
    }
}
