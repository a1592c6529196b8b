using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>
/// A child restricted after a sibling was recorded: nothing about them shows to staff not named on the record, in any
/// place a child's name can show (each place is a test of its own, over one arrangement). The class has its own host:
/// the arrangement puts a sibling group on the practitioner's caseload, which tests in the shared host count.
/// </summary>
public sealed class RestrictedNameTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    /// <summary>The restricted child's first name; the sibling shares only the family name.</summary>
    private const string Hidden = "Zephyrine";
    private const string Family = "Quillfeather";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Arrangement? _arranged;

    private readonly ConsortiumWebFactory _factory = factory;

    private sealed record Arrangement(string Host, Guid HiddenCase, Guid HiddenChild, string HiddenCaseReference, Guid SiblingCase, Guid SiblingChild);

    /// <summary>
    /// The practitioner records the referral and a sibling (each child's family lists the other, by name), then the
    /// administrator restricts the first child to themselves alone. The practitioner still holds both cases.
    /// </summary>
    private async Task<Arrangement> ArrangedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_arranged is { } arranged && arranged.Host == _factory.DataDirectory)
            {
                return arranged;
            }

            var practitioner = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
            var (hiddenCase, hiddenChild, etag) = await practitioner.RecordReferral(Brent, Hidden, Family);
            var sibling = JsonSerializer.Serialize(new { givenName = "Yusuf", familyName = Family, dateOfBirth = "2018-07-01", sexCode = "1", ethnicityCode = "BAFR" });
            var added = await practitioner.PostJson($"{Brent}/api/cases/{hiddenCase}/siblings", sibling, etag);
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            var siblingBody = await ApiCalls.Json(added);
            var siblingPage = await practitioner.GetStringAsync(new Uri($"{Brent}/children/{siblingBody.GetProperty("childId").GetGuid()}"));
            Assert.Contains($"{Hidden} {Family}", siblingPage, StringComparison.Ordinal);
            var hiddenCaseReference = (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{hiddenCase}"))).GetProperty("reference").GetString()!;

            var admin = await _factory.SignedIn($"{Brent}/admin", "admin@brent");
            var childPage = await admin.GetStringAsync(new Uri($"{Brent}/children/{hiddenChild}"));
            var restricted = await admin.PostAsync(new Uri($"{Brent}/children/{hiddenChild}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Html.FormToken(childPage),
                ["Token"] = Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
                ["Restricted"] = "true",
            }));
            Assert.Equal(HttpStatusCode.Found, restricted.StatusCode);
            return _arranged = new(_factory.DataDirectory, hiddenCase, hiddenChild, hiddenCaseReference, siblingBody.GetProperty("caseId").GetGuid(), siblingBody.GetProperty("childId").GetGuid());
        }
        finally
        {
            Once.Release();
        }
    }

    private static void NothingOfTheHiddenChild(string text) => Assert.DoesNotContain(Hidden, text, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task The_siblings_family_list_shows_the_restricted_child_only_as_a_restricted_record()
    {
        var arranged = await ArrangedAsync();
        var practitioner = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var admin = await _factory.SignedIn($"{Brent}/admin", "admin@brent");

        var page = await practitioner.GetStringAsync(new Uri($"{Brent}/children/{arranged.SiblingChild}"));

        NothingOfTheHiddenChild(page);
        Assert.Equal("A sibling whose record is restricted", Html.TestIdText(page, "restricted-family-member"));
        Assert.DoesNotContain($"/children/{arranged.HiddenChild}", page, StringComparison.Ordinal);
        Assert.Contains($"{Hidden} {Family}", await admin.GetStringAsync(new Uri($"{Brent}/children/{arranged.SiblingChild}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_siblings_case_page_and_its_api_answer_do_not_name_the_restricted_child()
    {
        var arranged = await ArrangedAsync();
        var practitioner = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

        NothingOfTheHiddenChild(await practitioner.GetStringAsync(new Uri($"{Brent}/cases/{arranged.SiblingCase}")));
        NothingOfTheHiddenChild(await (await practitioner.Get($"{Brent}/api/cases/{arranged.SiblingCase}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_by_name_or_reference_on_the_page_and_in_the_api_does_not_name_the_restricted_child()
    {
        var arranged = await ArrangedAsync();
        var practitioner = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

        var byFamilyName = await practitioner.GetStringAsync(new Uri($"{Brent}/search?q={Family}"));
        var byReference = await practitioner.GetStringAsync(new Uri($"{Brent}/search?q={arranged.HiddenCaseReference}"));
        var apiByFamilyName = await (await practitioner.Get($"{Brent}/api/children?q={Family}")).Content.ReadAsStringAsync();
        var apiByReference = await (await practitioner.Get($"{Brent}/api/children?q={arranged.HiddenCaseReference}")).Content.ReadAsStringAsync();

        Assert.Contains("Yusuf", byFamilyName, StringComparison.Ordinal);
        Assert.Contains("Restricted record", byReference, StringComparison.Ordinal);
        Assert.Contains(arranged.HiddenCaseReference, apiByReference, StringComparison.Ordinal);
        Assert.All([byFamilyName, byReference, apiByFamilyName, apiByReference], NothingOfTheHiddenChild);
    }

    [Fact]
    public async Task The_workers_caseload_page_and_api_list_the_restricted_case_without_the_childs_name()
    {
        var arranged = await ArrangedAsync();
        var practitioner = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

        var page = await practitioner.GetStringAsync(new Uri($"{Brent}/caseload"));
        var api = await PagesOfAsync(practitioner, $"{Brent}/api/caseload");

        Assert.Contains(arranged.HiddenCaseReference, page + api, StringComparison.Ordinal);
        NothingOfTheHiddenChild(page);
        NothingOfTheHiddenChild(api);
    }

    [Fact]
    public async Task The_team_caseload_its_download_and_its_api_do_not_name_the_restricted_child()
    {
        var arranged = await ArrangedAsync();
        var manager = await _factory.SignedIn($"{Brent}/caseload/team", "manager@brent");

        var page = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?Worker=Priya%20Practitioner&Sort=Referral"));
        var csv = await manager.GetStringAsync(new Uri($"{Brent}/caseload/team?handler=Csv"));
        var api = await PagesOfAsync(manager, $"{Brent}/api/caseload/team");

        Assert.Contains(arranged.HiddenCaseReference, csv, StringComparison.Ordinal);
        Assert.Contains(arranged.HiddenCaseReference, api, StringComparison.Ordinal);
        Assert.All([page, csv, api], NothingOfTheHiddenChild);
    }

    /// <summary>Every page of a paged API list, as one text.</summary>
    private static async Task<string> PagesOfAsync(HttpClient client, string url)
    {
        var all = new System.Text.StringBuilder();
        for (var page = 0; page < 40; page++)
        {
            var response = await client.Get($"{url}?page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            all.Append(text);
            if (!text.Contains("\"caseId\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return all.ToString();
    }
}
