using System.Globalization;
using System.Net;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class CaseNotesPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private async Task<T> AtBrent<T>(Func<IServiceProvider, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));
    }

    /// <summary>Restricts the child's record to someone else, as a manager named on nothing the signed-in test users are.</summary>
    private Task RestrictToSomeoneElse(Guid childId) => AtBrent(async sp =>
    {
        var casework = sp.GetRequiredService<CaseworkService>();
        var other = new StaffMember("someone-else", "Someone Else", "Team 9", new HashSet<StaffRole> { StaffRole.TeamManager });
        var child = (await casework.OpenChildAsync(childId, other)).Child!;
        Assert.True((await casework.RestrictAsync(childId, true, [], child.ConcurrencyToken, other)).IsDone);
        return true;
    });

    private static FormUrlEncodedContent NoteForm(string token, DateTime on, string type, string text, bool significant) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["WrittenOn.Day"] = on.Day.ToString(CultureInfo.InvariantCulture),
        ["WrittenOn.Month"] = on.Month.ToString(CultureInfo.InvariantCulture),
        ["WrittenOn.Year"] = on.Year.ToString(CultureInfo.InvariantCulture),
        ["Type"] = type,
        ["Text"] = text,
        ["Significant"] = significant ? "true" : "false",
    });

    [Fact]
    public async Task A_practitioner_adds_a_case_note_sees_it_saved_and_a_bad_note_saves_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Nell", "Noted");
        var page = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/notes"));

        var saved = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "PhoneCall", "Health visitor rang: Nell missed her check.", true));
        var list = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/notes"));
        var bad = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow.AddDays(2), "", "Should not be saved", false));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Contains("Case note saved", list, StringComparison.Ordinal);
        Assert.Contains("govuk-notification-banner--success", list, StringComparison.Ordinal);
        Assert.Contains("Health visitor rang: Nell missed her check.", list, StringComparison.Ordinal);
        Assert.Contains("Phone call", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", badHtml, StringComparison.Ordinal);
        Assert.Contains("Choose the type of note", badHtml, StringComparison.Ordinal);
        Assert.Equal(1, await AtBrent(sp => sp.GetRequiredService<PracticeDbContext>().CaseNotes.CountAsync(n => n.CaseId == caseId)));
        Assert.Contains($"/cases/{caseId}/notes", await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authority_finds_no_such_case_for_notes_or_chronology()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Olive", "Elsewhere");
        var page = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/notes"));
        await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "Meeting", "Olive's private note", true));
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var bristolToken = Html.FormToken(await bristol.GetStringAsync(new Uri("http://bristol.localhost/referrals/new")));

        var notes = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/notes"));
        var chronology = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/chronology"));
        var posted = await bristol.PostAsync(new Uri($"http://bristol.localhost/cases/{caseId}/notes"), NoteForm(bristolToken, DateTime.UtcNow, "Meeting", "From Bristol", false));

        Assert.Equal(HttpStatusCode.NotFound, notes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chronology.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.DoesNotContain("Olive", await notes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", await chronology.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AtBrent(sp => sp.GetRequiredService<PracticeDbContext>().CaseNotes.CountAsync(n => n.CaseId == caseId)));
    }

    [Fact]
    public async Task A_restricted_record_gives_staff_not_named_on_it_nothing_from_notes_or_chronology_and_logs_the_refusal()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Rhea", "Restricted");
        var page = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/notes"));
        await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "Meeting", "Rhea's secret", true));
        await RestrictToSomeoneElse(childId);

        var notes = await client.GetAsync(new Uri($"{Brent}/cases/{caseId}/notes"));
        var chronology = await client.GetAsync(new Uri($"{Brent}/cases/{caseId}/chronology"));
        var posted = await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "Meeting", "More", false));

        Assert.Equal(HttpStatusCode.NotFound, notes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chronology.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.DoesNotContain("secret", await notes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", await chronology.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AtBrent(sp => sp.GetRequiredService<PracticeDbContext>().CaseNotes.CountAsync(n => n.CaseId == caseId)));
        var refusals = await AtBrent(sp => sp.GetRequiredService<PracticeDbContext>().AccessLog.Where(l => l.ChildId == childId && l.Action == AccessAction.Refused).Select(l => l.RecordType).ToListAsync());
        Assert.Contains("case notes", refusals);
        Assert.Contains("chronology", refusals);
    }

    [Fact]
    public async Task The_chronology_lists_significant_events_filters_by_type_and_dates_and_is_printable()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Cora", "Chronicle");
        var page = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/notes"));
        await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "ContactWithFamily", "Father has moved back in.", true));
        await client.PostAsync(new Uri($"{Brent}/cases/{caseId}/notes"), NoteForm(Html.FormToken(page), DateTime.UtcNow, "Other", "Routine filing.", false));

        var all = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/chronology"));
        var notesOnly = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/chronology?Kinds=Note"));
        var future = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/chronology?From.Day=1&From.Month=1&From.Year=2099"));
        var backwards = await client.GetAsync(new Uri($"{Brent}/cases/{caseId}/chronology?From.Day=2&From.Month=1&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026"));

        Assert.Contains("Referral received", all, StringComparison.Ordinal);
        Assert.Contains("Father has moved back in.", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Routine filing.", all, StringComparison.Ordinal);
        Assert.Contains("app-print-only", all, StringComparison.Ordinal);
        Assert.Contains("app-no-print", all, StringComparison.Ordinal);
        Assert.Contains("Father has moved back in.", notesOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("Referral received", notesOnly, StringComparison.Ordinal);
        Assert.Contains("No events", future, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("govuk-error-summary", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"/cases/{caseId}/chronology", await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), StringComparison.Ordinal);
    }
}
