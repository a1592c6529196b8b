using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class AuthorisationPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static Dictionary<string, string> Today(string prefix)
    {
        var today = DateTime.UtcNow;
        return new()
        {
            [$"{prefix}.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Token(string html) => Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value;

    [Fact]
    public async Task A_practitioners_closure_waits_for_a_manager_who_declines_with_a_reason_then_authorises_and_the_practitioner_cannot()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Wren", "Authorised");
        var casePage = new Uri($"{Brent}/cases/{caseId}");
        var html = await practitioner.GetStringAsync(casePage);
        var asked = await practitioner.PostAsync(casePage, new FormUrlEncodedContent(new Dictionary<string, string>(Today("EffectiveOn"))
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Token"] = Token(html),
            ["To"] = "Closed",
            ["ClosureReason"] = "RC8",
        }));
        Assert.Equal(HttpStatusCode.Found, asked.StatusCode);
        var waiting = await practitioner.GetStringAsync(casePage);
        Assert.Contains("Sent to a team manager for authorisation", waiting, StringComparison.Ordinal);
        Assert.Equal("Referral", Html.TestIdText(waiting, "case-stage"));
        Assert.NotNull(Html.TestId(waiting, "waiting-authorisation"));
        Assert.DoesNotContain("Move the case on", waiting, StringComparison.Ordinal);

        var authorisationPage = new Uri($"{Brent}/cases/{caseId}/authorisation");
        var own = await practitioner.GetStringAsync(authorisationPage);
        Assert.NotNull(Html.TestId(own, "who-decides"));
        var selfAuthorised = await practitioner.PostAsync(new Uri($"{authorisationPage}?handler=Authorise"), new FormUrlEncodedContent(new Dictionary<string, string>(Today("AuthorisedOn"))
        {
            ["__RequestVerificationToken"] = Html.FormToken(own),
            ["Token"] = Token(waiting),
        }));
        Assert.NotEqual(HttpStatusCode.Found, selfAuthorised.StatusCode);

        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        Assert.Contains($"/cases/{caseId}/authorisation", await manager.GetStringAsync(new Uri($"{Brent}/caseload/team")), StringComparison.Ordinal);
        var form = await manager.GetStringAsync(authorisationPage);
        var noReason = await manager.PostAsync(new Uri($"{authorisationPage}?handler=Decline"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(form),
            ["Reason"] = " ",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Enter why you are not authorising this", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var declined = await manager.PostAsync(new Uri($"{authorisationPage}?handler=Decline"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(form),
            ["Reason"] = "Check with the school before closing.",
        }));
        Assert.Equal(HttpStatusCode.Found, declined.StatusCode);
        var afterDecline = await practitioner.GetStringAsync(casePage);
        Assert.Contains("Check with the school before closing.", Html.TestIdText(afterDecline, "declined-authorisation"), StringComparison.Ordinal);

        var again = await practitioner.PostAsync(casePage, new FormUrlEncodedContent(new Dictionary<string, string>(Today("EffectiveOn"))
        {
            ["__RequestVerificationToken"] = Html.FormToken(afterDecline),
            ["Token"] = Token(afterDecline),
            ["To"] = "Closed",
            ["ClosureReason"] = "RC8",
        }));
        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        var second = await manager.GetStringAsync(authorisationPage);
        var authorised = await manager.PostAsync(new Uri($"{authorisationPage}?handler=Authorise"), new FormUrlEncodedContent(new Dictionary<string, string>(Today("AuthorisedOn"))
        {
            ["__RequestVerificationToken"] = Html.FormToken(second),
            ["Token"] = Token(second),
        }));
        Assert.Equal(HttpStatusCode.Found, authorised.StatusCode);
        var closed = await practitioner.GetStringAsync(casePage);
        Assert.Equal("Closed", Html.TestIdText(closed, "case-stage"));
        Assert.Contains("closed, recorded by Mo Manager", closed, StringComparison.Ordinal);
        Assert.Contains("Authorised", await practitioner.GetStringAsync(authorisationPage), StringComparison.Ordinal);
    }
}
