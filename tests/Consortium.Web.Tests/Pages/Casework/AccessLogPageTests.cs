using System.Net;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class AccessLogPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task Quality_assurance_filters_the_access_log_downloads_it_and_a_bad_date_is_refused_with_a_message()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var childId = (await ApiCalls.Json(await practitioner.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Lena", "Logged")))).GetProperty("childId").GetGuid();
        var qa = await factory.SignedIn($"{Brent}/caseload", "qa@brent");
        await qa.GetStringAsync(new Uri($"{Brent}/children/{childId}"));

        var created = await qa.GetStringAsync(new Uri($"{Brent}/children/{childId}/access-log?Action=Created"));
        var csv = await qa.GetStringAsync(new Uri($"{Brent}/children/{childId}/access-log?handler=Csv&Action=Viewed"));
        var bad = await qa.GetAsync(new Uri($"{Brent}/children/{childId}/access-log?From.Day=31&From.Month=2&From.Year=2026"));

        var table = created[created.IndexOf("data-testid=\"access-log\"", StringComparison.Ordinal)..created.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(table, "Created (child|case)"));
        Assert.DoesNotContain("Viewed", table, StringComparison.Ordinal);
        Assert.StartsWith("at_utc,who,action,record_type,record_id", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",Created,", csv, StringComparison.Ordinal);
        Assert.Contains(",Viewed,child,", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("govuk-error-summary", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bristolQa = await factory.SignedIn("http://bristol.localhost/caseload", "qa@bristol");
        var elsewhere = await bristolQa.GetAsync(new Uri($"http://bristol.localhost/children/{childId}/access-log?handler=Csv"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Priya", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
