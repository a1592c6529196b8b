using System.Globalization;
using System.Net;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class VisitsAndRetentionPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private async Task<T> AtBrent<T>(Func<IServiceProvider, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));
    }

    [Fact]
    public async Task A_practitioner_records_a_visit_on_the_visits_page_and_another_authority_finds_no_such_case()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var created = await Api.ApiCalls.Json(await Api.ApiCalls.PostJson(client, $"{Brent}/api/referrals", Api.ApiCalls.ReferralJson("Vera", "Visited")));
        var caseId = created.GetProperty("caseId").GetGuid();
        var page = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/visits"));
        var today = DateTime.UtcNow;

        var saved = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/visits"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["VisitedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["VisitedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["VisitedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["SeenAlone"] = "true",
            ["Notes"] = "Vera showed me her drawings.",
        }));
        var list = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/visits"));
        var bad = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/visits"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["VisitedOn.Day"] = "31", ["VisitedOn.Month"] = "2", ["VisitedOn.Year"] = "2026",
        }));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("govuk-error-summary", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Vera showed me her drawings.", list, StringComparison.Ordinal);
        Assert.Contains("Visit saved", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Visit saved", await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/visits")), StringComparison.Ordinal);
        Assert.Contains("Last visited", await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), StringComparison.Ordinal);

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var elsewhere = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/visits"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Vera", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_the_records_past_their_retention_date_and_another_authority_sees_none_of_them()
    {
        // A record migrated from the council's old system: born 1990, its case closed in 2005.
        var reference = await AtBrent(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = new Child { Reference = $"C-OLD{Random.Shared.Next(1000, 9999)}", GivenName = "Olwen", FamilyName = "Oldrecord", DateOfBirth = new DateOnly(1990, 1, 1), CreatedAt = DateTimeOffset.UtcNow };
            db.Children.Add(child);
            db.Cases.Add(new CaseRecord
            {
                ChildId = child.Id, Reference = $"R-OLD{Random.Shared.Next(1000, 9999)}", Stage = CaseStage.Closed, ReferralDate = new DateOnly(2004, 1, 1), ClosedOn = new DateOnly(2005, 1, 1),
                ReferralSource = Practice.Census.ReferralSource.List.FromStored("2A"), PrimaryNeed = Practice.Census.PrimaryNeed.List.FromStored("N1"), WorkerSubject = "x", WorkerName = "x", Team = "x",
            });
            await db.SaveChangesAsync();
            return child.Reference;
        });
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

        var page = await admin.GetStringAsync(new Uri($"{Brent}/admin/retention"));
        var csv = await admin.GetStringAsync(new Uri($"{Brent}/admin/retention?handler=Csv"));

        Assert.Contains($"data-child=\"{reference}\"", page, StringComparison.Ordinal);
        Assert.Contains("1 January 2015", page, StringComparison.Ordinal);
        Assert.Contains($"{reference},Olwen Oldrecord,2015-01-01,child in need records: until the child is 25", csv, StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Brent}/admin/retention"))).Headers.Location!.ToString(), StringComparison.Ordinal);
        var bristol = await factory.SignedIn("http://bristol.localhost/admin", "admin@bristol");
        Assert.DoesNotContain("Oldrecord", await bristol.GetStringAsync(new Uri("http://bristol.localhost/admin/retention?handler=Csv")), StringComparison.Ordinal);
    }
}
