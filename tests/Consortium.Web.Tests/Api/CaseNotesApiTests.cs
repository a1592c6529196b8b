using System.Net;
using System.Text.Json;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Api;

[Collection(SharedWebHost.Name)]
public sealed class CaseNotesApiTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static string NoteJson(string? writtenOn, string? type, string? text, bool significant = false) =>
        JsonSerializer.Serialize(new { writtenOn, type, text, significant });

    [Fact]
    public async Task A_note_is_posted_listed_and_when_significant_is_in_the_filtered_chronology()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Noted");

        var created = await client.PostJson($"{Brent}/api/cases/{caseId}/notes", NoteJson(ApiCalls.Today, "Meeting", "Professionals met at school.", significant: true));
        var notes = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/notes"));
        var chronology = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/chronology"));
        var filtered = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/chronology?type=Note&from={ApiCalls.Today}&to={ApiCalls.Today}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.EndsWith($"/api/cases/{caseId}/notes", created.Headers.Location!.ToString(), StringComparison.Ordinal);
        var note = Assert.Single(notes.GetProperty("notes").EnumerateArray());
        Assert.Equal("Meeting", note.GetProperty("type").GetString());
        Assert.Equal("Professionals met at school.", note.GetProperty("text").GetString());
        Assert.True(note.GetProperty("significant").GetBoolean());
        Assert.Equal(["Referral", "Note"], chronology.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["Note"], filtered.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Bad_input_is_a_validation_problem_keyed_by_json_field_and_saves_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Invalid");

        var missing = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/notes", NoteJson("2099-01-01", null, " ")), HttpStatusCode.BadRequest);
        var unknownType = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/notes", NoteJson(ApiCalls.Today, "Gossip", "x")), HttpStatusCode.BadRequest);
        var backwards = await ApiCalls.Problem(await client.Get($"{Brent}/api/cases/{caseId}/chronology?from=2026-02-01&to=2026-01-01"), HttpStatusCode.BadRequest);
        var badKind = await ApiCalls.Problem(await client.Get($"{Brent}/api/cases/{caseId}/chronology?type=Party"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(ApiCalls.Errors(missing, "writtenOn"));
        Assert.NotEmpty(ApiCalls.Errors(missing, "type"));
        Assert.NotEmpty(ApiCalls.Errors(missing, "text"));
        Assert.Equal(HttpStatusCode.BadRequest, (HttpStatusCode)unknownType.GetProperty("status").GetInt32());
        Assert.NotEmpty(ApiCalls.Errors(backwards, "from"));
        Assert.NotEmpty(ApiCalls.Errors(badKind, "type"));
        Assert.Empty((await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/notes"))).GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task Another_authority_and_staff_not_named_on_a_restricted_record_get_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Api", "Private");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson($"{Brent}/api/cases/{caseId}/notes", NoteJson(ApiCalls.Today, "Meeting", "Private words", significant: true))).StatusCode);
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");

        await ApiCalls.Problem(await bristol.Get($"http://bristol.localhost/api/cases/{caseId}/notes"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await bristol.Get($"http://bristol.localhost/api/cases/{caseId}/chronology"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await bristol.PostJson($"http://bristol.localhost/api/cases/{caseId}/notes", NoteJson(ApiCalls.Today, "Meeting", "x")), HttpStatusCode.NotFound);

        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, cancellationToken) =>
        {
            var casework = sp.GetRequiredService<CaseworkService>();
            var other = new StaffMember("someone-else", "Someone Else", "Team 9", new HashSet<StaffRole> { StaffRole.TeamManager });
            var child = (await casework.OpenChildAsync(childId, other, cancellationToken)).Child!;
            return (await casework.RestrictAsync(childId, true, [], child.ConcurrencyToken, other, cancellationToken)).IsDone;
        });

        var notes = await client.Get($"{Brent}/api/cases/{caseId}/notes");
        var chronology = await client.Get($"{Brent}/api/cases/{caseId}/chronology");
        await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/notes", NoteJson(ApiCalls.Today, "Meeting", "x")), HttpStatusCode.NotFound);
        Assert.DoesNotContain("Private words", await notes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Private words", await chronology.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ApiCalls.Problem(notes, HttpStatusCode.NotFound);
        await ApiCalls.Problem(chronology, HttpStatusCode.NotFound);
    }
}
