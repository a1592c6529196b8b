using System.Globalization;
using System.Net;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>A host of its own too, so that its many cases do not change the counts above.</summary>
public sealed class TeamCaseloadPagingTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task More_than_a_page_of_cases_is_paged_and_each_page_keeps_the_filters()
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
        Assert.InRange(System.Text.RegularExpressions.Regex.Count(second, "data-case=\""), 2, 25);
    }
}
