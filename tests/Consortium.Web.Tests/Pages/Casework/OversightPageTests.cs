using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class OversightPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task A_manager_allocates_from_the_directory_and_supervises_and_another_authority_finds_no_such_case()
    {
        var tess = await DirectoryStaff.AddAsync(factory.Services, "brent", $"tess.{Guid.NewGuid():N}@brent.gov.uk", "Tess", "Allocated");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await manager.RecordReferral(Brent, "Ari", "Overseen");
        var page = await manager.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight"));

        var allocated = await manager.PostAsync(new Uri($"{Brent}/cases/{caseId}/oversight?handler=Allocate"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["Token"] = Regex.Match(page, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["StaffId"] = tess.Id.ToString(),
        }));
        Assert.True(allocated.StatusCode == HttpStatusCode.Found, await allocated.Content.ReadAsStringAsync());
        var after = await manager.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight"));
        Assert.Contains("Case allocated to Tess Allocated", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"allocations\"", after, StringComparison.Ordinal);

        var today = DateTime.UtcNow;
        var supervised = await manager.PostAsync(new Uri($"{Brent}/cases/{caseId}/oversight?handler=Supervise"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(after),
            ["HeldOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Attendees"] = tess.Id.ToString(),
            ["NeedsToHappen"] = "Visit at home by Friday.",
        }));
        var bad = await manager.PostAsync(new Uri($"{Brent}/cases/{caseId}/oversight?handler=Supervise"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(after),
            ["HeldOn.Day"] = "1", ["HeldOn.Month"] = "1", ["HeldOn.Year"] = "2099",
        }));
        Assert.Equal(HttpStatusCode.Found, supervised.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Visit at home by Friday.", await manager.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight")), StringComparison.Ordinal);

        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var notManager = await practitioner.PostAsync(new Uri($"{Brent}/cases/{caseId}/oversight?handler=Supervise"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(await practitioner.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight"))),
        }));
        Assert.Contains("/no-access", notManager.Headers.Location!.ToString(), StringComparison.Ordinal);
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload/team", "manager@bristol");
        var elsewhere = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/oversight"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Overseen", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervision_attendees_are_chosen_from_the_staff_directory_at_least_one_never_typed_nor_from_another_authority()
    {
        var una = await DirectoryStaff.AddAsync(factory.Services, "brent", $"una.{Guid.NewGuid():N}@brent.gov.uk", "Una", "Supervised");
        var elsewhere = await DirectoryStaff.AddAsync(factory.Services, "bristol", $"bo.{Guid.NewGuid():N}@bristol.gov.uk", "Bo", "Elsewhere");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await manager.RecordReferral(Brent, "Sue", "Supervisedattendees");
        var url = new Uri($"{Brent}/cases/{caseId}/oversight?handler=Supervise");
        var page = await manager.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight"));
        Assert.Matches($"name=\"Attendees\" type=\"checkbox\" value=\"{una.Id}\"", page);
        var today = DateTime.UtcNow;
        FormUrlEncodedContent Form(string attendee) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["HeldOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Attendees"] = attendee,
            ["NeedsToHappen"] = "Visit at home by Friday.",
        });

        var typed = await manager.PostAsync(url, Form("Mo Manager"));
        var fromBristol = await manager.PostAsync(url, Form(elsewhere.Id.ToString()));
        var saved = await manager.PostAsync(url, Form(una.Id.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Contains("<a href=\"#Attendees\">Choose at least one member of staff who attended</a>", WebUtility.HtmlDecode(await typed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fromBristol.StatusCode);
        var refused = WebUtility.HtmlDecode(await fromBristol.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Attendees\">Choose staff who attended from the staff directory</a>", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var after = await manager.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/oversight"));
        var supervision = Assert.Single(Regex.Matches(after, "data-testid=\"supervision\"(.*?)</dl>", RegexOptions.Singleline)).Groups[1].Value;
        Assert.Contains("Una Supervised (Social worker)", WebUtility.HtmlDecode(supervision), StringComparison.Ordinal);
    }
}
