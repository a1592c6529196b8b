using System.Globalization;
using System.Net;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>A host of its own, so that the team's counts are of these cases only.</summary>
public sealed class TeamCaseloadPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    private static string Days(int ago) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-ago)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_manager_sees_overdue_counts_filters_sorts_pages_and_downloads_the_team_caseload_and_another_authority_sees_none_of_it()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var late = await practitioner.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Olu", "Latecase").Replace(Days(10), Days(100), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        var (fresh, _, etag) = await practitioner.RecordReferral(Brent, "Nia", "Freshcase");
        Assert.Equal(HttpStatusCode.OK, (await practitioner.PostJson($"{Brent}/api/cases/{fresh}/stage", ApiCalls.MoveJson("Assessment"), etag)).StatusCode);
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");

        var all = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team"));
        var overdue = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Overdue=true"));
        var assessment = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Stage=Assessment"));
        var byReferral = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Sort=Referral"));
        var nobody = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Worker=Nobody+Here"));
        var csv = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Overdue=true&handler=Csv"));

        Assert.Equal("2 open cases, 1 overdue", Html.TestIdText(all, "team-counts"));
        Assert.Matches(@"Priya Practitioner</th>\s*<td[^>]*>2</td>\s*<td[^>]*>1</td>", all);
        Assert.Contains("Olu Latecase", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Nia Freshcase", overdue, StringComparison.Ordinal);
        Assert.Contains("Nia Freshcase", assessment, StringComparison.Ordinal);
        Assert.DoesNotContain("Olu Latecase", assessment, StringComparison.Ordinal);
        Assert.True(byReferral.IndexOf("Olu Latecase", StringComparison.Ordinal) < byReferral.IndexOf("Nia Freshcase", StringComparison.Ordinal));
        Assert.Contains("No cases.", nobody, StringComparison.Ordinal);
        Assert.Contains("Olu Latecase", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Freshcase", csv, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"team-cases-link\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"team-cases-link\"", await practitioner.GetStringAsync(new Uri($"{Brent}/caseload")), StringComparison.Ordinal);

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload/team", "manager@bristol");
        var theirs = await bristol.GetStringAsync(new Uri("http://bristol.localhost/caseload/team"));
        var theirCsv = await bristol.GetStringAsync(new Uri("http://bristol.localhost/caseload/team?handler=Csv"));
        Assert.Equal("0 open cases, 0 overdue", Html.TestIdText(theirs, "team-counts"));
        Assert.DoesNotContain("Latecase", theirs + theirCsv, StringComparison.Ordinal);
    }
}
