using System.Globalization;
using System.Net;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Workforce;

/// <summary>
/// The practice leaders register and practice sessions at Wakefield: an administrator adds a leader and records a
/// session; a restricted case's reference reaches nobody who may not open it; Norfolk finds none of it.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class PracticeLeadershipPageTests(ConsortiumWebFactory factory)
{
    private const string Wakefield = "http://wakefield.localhost";
    private const string Norfolk = "http://norfolk.localhost";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Html.FormToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static (string, string)[] Date(string name, DateOnly day) =>
        [($"{name}.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ($"{name}.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ($"{name}.Year", day.Year.ToString(CultureInfo.InvariantCulture))];

    private async Task<T> AtAsync<T>(string slug, Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, work);
    }

    /// <summary>A case at Wakefield restricted to one member of staff who is no test user, and its reference.</summary>
    private async Task<string> RestrictedCaseAsync(HttpClient practitioner, StaffMember keeper)
    {
        var (caseId, childId, _) = await practitioner.RecordReferral(Wakefield, "Hidden", "Child");
        return await AtAsync("wakefield", async (sp, ct) =>
        {
            var casework = sp.GetRequiredService<CaseworkService>();
            var child = (await casework.OpenChildAsync(childId, keeper, ct)).Child!;
            Assert.True((await casework.RestrictAsync(childId, true, [keeper.Subject], child.ConcurrencyToken, keeper, ct)).IsDone);
            return await sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(ct);
        });
    }

    private Task<string> ReferenceAsync(Guid caseId) =>
        AtAsync("wakefield", (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(ct));

    [Fact]
    public async Task An_administrator_adds_a_leader_and_records_a_session_and_a_restricted_cases_reference_reaches_only_who_may_open_it()
    {
        var leader = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "leader.pl@wakefield", "Lena", "Leader", "TeamManager", "Wakefield leadership team");
        var attendee = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "attendee.pl@wakefield", "Abe", "Attendee", "Practitioner", "Wakefield leadership team");
        var practitioner = await factory.SignedIn($"{Wakefield}/caseload", "practitioner@wakefield");
        var openReference = await ReferenceAsync((await practitioner.RecordReferral(Wakefield, "Open", "Child")).CaseId);
        var keeper = new StaffMember("wakefield-keeper", "Kim Keeper", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
        var hiddenReference = await RestrictedCaseAsync(practitioner, keeper);
        var admin = await factory.SignedIn($"{Wakefield}/workforce/practice-leaders", "admin@wakefield");

        var register = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-leaders"));
        var bad = await admin.PostAsync(new Uri($"{Wakefield}/workforce/practice-leaders?handler=Add"), Form(register, [("StaffId", leader.Id.ToString()), .. Date("From", Today), .. Date("Until", Today.AddDays(-1))]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#Until\">The last day must be on or after the first</a>", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var added = await admin.PostAsync(new Uri($"{Wakefield}/workforce/practice-leaders?handler=Add"), Form(register, [("StaffId", leader.Id.ToString()), .. Date("From", Today.AddMonths(-2))]));
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Contains("Lena Leader,", await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-leaders?handler=Csv")), StringComparison.Ordinal);

        var sessionsPage = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-sessions"));
        var refused = await admin.PostAsync(new Uri($"{Wakefield}/workforce/practice-sessions"), Form(sessionsPage,
            [("Kind", nameof(SessionKind.GroupSupervision)), .. Date("Date", Today), ("LeaderId", leader.Id.ToString()), ("AttendeeIds", attendee.Id.ToString()), ("CaseReferences", $"{openReference}, {hiddenReference}")]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"<a href=\"#CaseReferences\">No case you can open has the reference {hiddenReference}: check the case references</a>", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var recorded = await admin.PostAsync(new Uri($"{Wakefield}/workforce/practice-sessions"), Form(sessionsPage,
            [("Kind", nameof(SessionKind.GroupSupervision)), .. Date("Date", Today), ("LeaderId", leader.Id.ToString()), ("AttendeeIds", attendee.Id.ToString()), ("CaseReferences", openReference)]));
        Assert.Equal(HttpStatusCode.Found, recorded.StatusCode);
        var withHidden = await AtAsync("wakefield", (sp, ct) => sp.GetRequiredService<PracticeSessions>().RecordAsync(
            new SessionInput { Kind = SessionKind.AppreciativeInquiry, Date = Today, LeaderId = leader.Id, AttendeeIds = [attendee.Id], CaseReferences = $"{openReference} {hiddenReference}" }, keeper, ct));
        Assert.True(withHidden.IsDone);

        var manager = await factory.SignedIn($"{Wakefield}/caseload", "manager@wakefield");
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-sessions")));
        var csv = await manager.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-sessions?handler=Csv&table=sessions"));
        var months = await manager.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-sessions?handler=Csv&table=months"));

        Assert.Equal($"{openReference}, 1 case you cannot open", Html.TestIdText(page, $"cases-{withHidden.Value!.Id}"));
        Assert.DoesNotContain(hiddenReference, page, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenReference, csv, StringComparison.Ordinal);
        Assert.Contains($"Appreciative inquiry,Lena Leader,Abe Attendee,{openReference},1", csv, StringComparison.Ordinal);
        Assert.Contains("id=\"sessions-chart-title\"", page, StringComparison.Ordinal);
        Assert.Matches($"{Today:yyyy-MM},[0-9]+,[0-9]+,[0-9]+,[0-9]+\r\n$", months);
        Assert.Contains("<td class=\"govuk-table__cell\">Abe Attendee</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authority_reaches_no_leader_or_session_and_only_administrators_change_the_register()
    {
        var leader = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "isolated.pl@wakefield", "Iris", "Isolated", "TeamManager", "Wakefield leadership team");
        var term = await AtAsync("wakefield", (sp, ct) => sp.GetRequiredService<PracticeLeaders>().AddAsync(leader.Id, Today.AddMonths(-1), null, "test", ct));
        var session = await AtAsync("wakefield", (sp, ct) => sp.GetRequiredService<PracticeSessions>().RecordAsync(
            new SessionInput { Kind = SessionKind.PracticeLeaderSession, Date = Today, LeaderId = leader.Id, AttendeeIds = [leader.Id] },
            new StaffMember("wakefield-admin", "Admin", "Team", new HashSet<StaffRole> { StaffRole.TenantAdministrator }), ct));
        Assert.True(session.IsDone);
        var norfolk = await factory.SignedIn($"{Norfolk}/workforce/practice-leaders", "admin@norfolk");

        var register = await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/practice-leaders"));
        var sessions = await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/practice-sessions"));
        var csv = await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/practice-sessions?handler=Csv&table=sessions"));
        var endTheirs = await norfolk.PostAsync(new Uri($"{Norfolk}/workforce/practice-leaders?handler=End"), Form(register, [("TermId", term.Value!.Id.ToString()), .. Date("LastDay", Today)]));
        var addTheirs = await norfolk.PostAsync(new Uri($"{Norfolk}/workforce/practice-leaders?handler=Add"), Form(register, [("StaffId", leader.Id.ToString()), .. Date("From", Today)]));
        var sessionWithTheirLeader = await norfolk.PostAsync(new Uri($"{Norfolk}/workforce/practice-sessions"), Form(sessions,
            [("Kind", nameof(SessionKind.GroupSupervision)), .. Date("Date", Today), ("LeaderId", leader.Id.ToString()), ("AttendeeIds", leader.Id.ToString())]));

        Assert.DoesNotContain("Iris Isolated", register + sessions + csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, endTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, addTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, sessionWithTheirLeader.StatusCode);
        Assert.True(await AtAsync("wakefield", (sp, ct) => sp.GetRequiredService<PracticeLeaders>().ServedOnAsync(leader.Id, Today.AddDays(1), ct)));

        var manager = await factory.SignedIn($"{Wakefield}/caseload", "manager@wakefield");
        var managersRegister = await manager.GetStringAsync(new Uri($"{Wakefield}/workforce/practice-leaders"));
        var managerEnds = await manager.PostAsync(new Uri($"{Wakefield}/workforce/practice-leaders?handler=End"), Form(managersRegister, [("TermId", term.Value!.Id.ToString()), .. Date("LastDay", Today)]));
        var practitioner = await factory.SignedIn($"{Wakefield}/caseload", "practitioner@wakefield");

        Assert.Contains("Iris Isolated", managersRegister, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=End", managersRegister, StringComparison.Ordinal);
        Assert.Contains("/no-access", managerEnds.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Wakefield}/workforce/practice-sessions"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Wakefield}/workforce/practice-leaders"))).Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
