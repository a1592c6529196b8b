using System.Net;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Admin;

[Collection(SharedWebHost.Name)]
public sealed class CensusPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private async Task<TenantInfo> Authority(string slug) => (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;

    private async Task<T> AtBrent<T>(Func<PracticeDbContext, Task<T>> work) =>
        await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(await Authority("brent"), (sp, _) => work(sp.GetRequiredService<PracticeDbContext>()));

    /// <summary>A child of Brent's referred in 2025-26 with no disability recorded (rule 8540 fails), and its LA child ID.</summary>
    private Task<(Guid ChildId, string LaChildId)> ChildWithoutDisability() => AtBrent(async db =>
    {
        var reference = $"C-CEN{Random.Shared.Next(100000, 999999)}";
        var child = new Child
        {
            Reference = reference, GivenName = "Cecily", FamilyName = "Census", DateOfBirth = new DateOnly(2015, 2, 3), SexCode = Sex.List.FromStored("2"),
            EthnicityCode = Ethnicity.List.FromStored("WBRI"), CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Children.Add(child);
        db.Cases.Add(new CaseRecord
        {
            ChildId = child.Id, Reference = $"R-CEN{Random.Shared.Next(100000, 999999)}", Stage = CaseStage.Referral, ReferralDate = new DateOnly(2025, 9, 1),
            ReferralSource = ReferralSource.List.FromStored("2A"), PrimaryNeed = PrimaryNeed.List.FromStored("N1"), WorkerSubject = "x", WorkerName = "x", Team = "x",
        });
        await db.SaveChangesAsync();
        return (child.Id, reference.Replace("-", "", StringComparison.Ordinal));
    });

    /// <summary>Asks for a run of 2025-26 on the page and waits for it to finish; the page then.</summary>
    private async Task<string> Validated(HttpClient admin, string host, string slug)
    {
        var page = await admin.GetStringAsync(new Uri($"{host}/admin/census"));
        var started = await admin.PostAsync(new Uri($"{host}/admin/census"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["Year"] = "2026",
        }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var run = factory.Services.GetRequiredService<CensusRuns>().Latest(await Authority(slug), 2026)!;
        await run.Completion;
        Assert.False(run.Failed);
        return await admin.GetStringAsync(new Uri($"{host}/admin/census?year=2026"));
    }

    [Fact]
    public async Task An_administrator_sees_a_failure_with_its_record_fixes_it_and_the_next_run_no_longer_shows_it()
    {
        var (childId, laChildId) = await ChildWithoutDisability();
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");

        var page = await Validated(admin, Brent, "brent");

        Assert.Contains($"data-failure=\"8540 {laChildId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/children/{childId}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"8540\"", page, StringComparison.Ordinal);
        Assert.Contains($"8540,error,", await admin.GetStringAsync(new Uri($"{Brent}/admin/census?handler=Csv&year=2026")), StringComparison.Ordinal);
        Assert.DoesNotContain("Cecily", page, StringComparison.Ordinal);

        await AtBrent(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.Id == childId);
            child.DisabilityCodes = [Disability.None];
            return await db.SaveChangesAsync();
        });
        var again = await Validated(admin, Brent, "brent");

        Assert.DoesNotContain($"data-failure=\"8540 {laChildId}\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generating_and_downloading_the_file_are_written_to_the_access_log_of_each_child_in_it()
    {
        var (childId, laChildId) = await ChildWithoutDisability();
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");

        await Validated(admin, Brent, "brent");
        var download = await admin.GetAsync(new Uri($"{Brent}/admin/census?handler=Xml&year=2026"));
        var xml = await download.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/xml", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"<LAchildID>{laChildId}</LAchildID>", xml, StringComparison.Ordinal);
        Assert.Contains("<LEA>304</LEA>", xml, StringComparison.Ordinal);
        var log = await AtBrent(db => db.AccessLog.Where(a => a.ChildId == childId && a.RecordType == "census").Select(a => new { a.Action, a.StaffName, a.Detail }).ToListAsync());
        Assert.Contains(log, l => l.Action == AccessAction.CensusGenerated && l.Detail == "Children in Need census 2025-26 generated and validated");
        Assert.Contains(log, l => l.Action == AccessAction.CensusDownloaded && l.Detail == "Children in Need census 2025-26 downloaded");
    }

    [Fact]
    public async Task Staff_without_the_administrator_role_are_refused_the_page_the_run_and_the_file()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var token = Html.FormToken(await admin.GetStringAsync(new Uri($"{Brent}/admin/census")));

        foreach (var response in new[]
        {
            await practitioner.GetAsync(new Uri($"{Brent}/admin/census")),
            await practitioner.GetAsync(new Uri($"{Brent}/admin/census?handler=Xml&year=2026")),
            await practitioner.PostAsync(new Uri($"{Brent}/admin/census"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Year"] = "2026" })),
        })
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<LAchildID>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Brent}/admin/census?handler=Xml&year=2026"))).Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authoritys_administrator_never_sees_brents_children_and_brents_session_is_worthless_there()
    {
        var (_, laChildId) = await ChildWithoutDisability();
        var brentAdmin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        await Validated(brentAdmin, Brent, "brent");
        var bristol = await factory.SignedIn("http://bristol.localhost/admin", "admin@bristol");

        var page = await Validated(bristol, "http://bristol.localhost", "bristol");
        var xml = await bristol.GetStringAsync(new Uri("http://bristol.localhost/admin/census?handler=Xml&year=2026"));
        var withBrentsCookie = await brentAdmin.GetAsync(new Uri("http://bristol.localhost/admin/census?handler=Xml&year=2026"));

        Assert.DoesNotContain(laChildId, page, StringComparison.Ordinal);
        Assert.DoesNotContain(laChildId, xml, StringComparison.Ordinal);
        Assert.Contains("<LEA>801</LEA>", xml, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, withBrentsCookie.StatusCode);
        Assert.DoesNotContain(laChildId, await withBrentsCookie.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_not_offered_is_refused_with_the_error_summary()
    {
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");

        var response = await admin.GetAsync(new Uri($"{Brent}/admin/census?year=1999"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Year\">Select a collection year from the list</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_explains_a_query_with_a_note_that_survives_the_next_run_and_goes_in_the_queries_csv_and_no_one_else_sees_it()
    {
        var (_, laChildId) = await ChildWithoutDisability();
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var page = await Validated(admin, Brent, "brent");
        Assert.Contains($"data-note=\"8770Q {laChildId}\"", page, StringComparison.Ordinal);
        var notePage = new Uri($"{Brent}/admin/census/note?year=2026&rule=8770Q&child={laChildId}");
        var form = await admin.GetStringAsync(notePage);
        Dictionary<string, string> Note(string text) => new() { ["__RequestVerificationToken"] = Html.FormToken(form), ["Year"] = "2026", ["Rule"] = "8770Q", ["Child"] = laChildId, ["Text"] = text };

        var empty = await admin.PostAsync(notePage, new FormUrlEncodedContent(Note(" ")));
        var saved = await admin.PostAsync(notePage, new FormUrlEncodedContent(Note("Educated at home; the school is asked for the UPN.")));
        var again = await Validated(admin, Brent, "brent");
        var csv = await admin.GetStringAsync(new Uri($"{Brent}/admin/census?handler=QueriesCsv&year=2026"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("<a href=\"#Text\">Enter the note explaining the query</a>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Educated at home; the school is asked for the UPN.", again, StringComparison.Ordinal);
        Assert.Contains($"8770Q,", csv, StringComparison.Ordinal);
        Assert.Contains($"{laChildId},Educated at home; the school is asked for the UPN.,", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"{Brent}/admin/census/note?year=2026&rule=8540&child={laChildId}"))).StatusCode);

        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        Assert.NotEqual(HttpStatusCode.OK, (await practitioner.GetAsync(notePage)).StatusCode);
        var bristol = await factory.SignedIn("http://bristol.localhost/admin", "admin@bristol");
        var bristolNote = await bristol.GetStringAsync(new Uri($"http://bristol.localhost/admin/census/note?year=2026&rule=8770Q&child={laChildId}"));
        Assert.DoesNotContain("Educated at home", bristolNote, StringComparison.Ordinal);
        await Validated(bristol, "http://bristol.localhost", "bristol");
        Assert.DoesNotContain("Educated at home", await bristol.GetStringAsync(new Uri("http://bristol.localhost/admin/census?handler=QueriesCsv&year=2026")), StringComparison.Ordinal);
    }
}
