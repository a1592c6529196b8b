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
            ["Attendees"] = "Mo Manager",
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
}
