using System.Globalization;
using System.Net;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>A host of its own too, so that its many cases do not change the counts above.</summary>
public sealed class TeamCaseloadPagingTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task More_than_a_page_of_cases_or_children_is_paged_each_page_its_own_and_the_filters_kept()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        for (var i = 0; i < 27; i++)
        {
            await practitioner.RecordReferral(Brent, "Paged", $"Case{i:00}");
        }

        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var first = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Stage=Referral&Sort=Referral"));
        var second = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Stage=Referral&Sort=Referral&page=2"));

        Assert.Contains("aria-label=\"Case pages\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/caseload/team?Stage=Referral&amp;Sort=Referral&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Equal(25, System.Text.RegularExpressions.Regex.Count(first, "data-case=\""));
        var firstCases = Cases(first);
        var secondCases = Cases(second);
        Assert.Equal(2, secondCases.Count);
        Assert.Empty(firstCases.Intersect(secondCases));

        var mineFirst = Cases(await practitioner.GetStringAsync(new Uri($"{Brent}/caseload")));
        var mineSecond = Cases(await practitioner.GetStringAsync(new Uri($"{Brent}/caseload?page=2")));
        Assert.Equal(25, mineFirst.Count);
        Assert.Equal(2, mineSecond.Count);
        Assert.Empty(mineFirst.Intersect(mineSecond));

        var foundFirst = Children(await practitioner.GetStringAsync(new Uri($"{Brent}/search?q=Paged")));
        var foundSecond = Children(await practitioner.GetStringAsync(new Uri($"{Brent}/search?q=Paged&page=2")));
        Assert.Equal(25, foundFirst.Count);
        Assert.Equal(2, foundSecond.Count);
        Assert.Empty(foundFirst.Intersect(foundSecond));
    }

    private static List<string> Children(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-child=\"([^\"]*)\"").Select(m => m.Groups[1].Value)];

    private static List<string> Cases(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-case=\"([^\"]*)\"").Select(m => m.Groups[1].Value)];
}
