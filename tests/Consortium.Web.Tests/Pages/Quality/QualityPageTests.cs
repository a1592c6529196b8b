using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Quality;

/// <summary>
/// Quality assurance pages at one authority (Lincolnshire; no other test draws its sample): drawing the month's sample,
/// completing an audit with an action, closing, moderation, the dashboard and its CSV; other roles and another authority.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed partial class QualityPageTests(ConsortiumWebFactory factory)
{
    private const string Lincs = "http://lincolnshire.localhost";
    private static readonly DateTime Today = DateTime.UtcNow;

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Html.FormToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private Task<T> AtLincs<T>(Func<PracticeDbContext, Task<T>> work) => InAsync("lincolnshire", work);

    private async Task<T> InAsync<T>(string slug, Func<PracticeDbContext, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp.GetRequiredService<PracticeDbContext>()));
    }

    [Fact]
    public async Task A_qa_lead_draws_the_sample_completes_an_audit_with_an_action_a_manager_moderates_and_the_dashboard_shows_it()
    {
        await DirectoryStaff.AddAsync(factory.Services, "lincolnshire", "qa@lincolnshire", "Quinn", "Assurance", "QualityAssurance", null);
        await DirectoryStaff.AddAsync(factory.Services, "lincolnshire", "manager@lincolnshire", "Mo", "Manager", "TeamManager", "Assessment team 1");
        var practitioner = await factory.SignedIn($"{Lincs}/caseload", "practitioner@lincolnshire");
        await practitioner.RecordReferral(Lincs, "Audra", "Sample");
        var qa = await factory.SignedIn($"{Lincs}/quality", "qa@lincolnshire");

        var home = await qa.GetStringAsync(new Uri($"{Lincs}/quality"));
        var badSeed = await qa.PostAsync(new Uri($"{Lincs}/quality?handler=Draw"), Form(home, ("Seed", "seven")));
        var drawn = await qa.PostAsync(new Uri($"{Lincs}/quality?handler=Draw"), Form(home, ("Seed", "77")));
        var after = WebUtility.HtmlDecode(await qa.GetStringAsync(new Uri($"{Lincs}/quality")));

        Assert.Equal(HttpStatusCode.BadRequest, badSeed.StatusCode);
        Assert.Contains("<a href=\"#Seed\">The seed must be a whole number", WebUtility.HtmlDecode(await badSeed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, drawn.StatusCode);
        Assert.Contains("with seed 77", Html.TestIdText(after, "sample-drawn"), StringComparison.Ordinal);
        var csv = await qa.GetStringAsync(new Uri($"{Lincs}/quality?handler=Csv"));
        Assert.StartsWith("case_reference,team,stage,reason,auditor,due_on,status,grade", csv, StringComparison.Ordinal);
        Assert.Contains("Quinn Assurance", csv, StringComparison.Ordinal);

        var auditId = Guid.Parse(AuditLink().Match(Section(after, "my-audits")).Groups[1].Value);
        var auditPage = $"{Lincs}/quality/audits/{auditId}";
        var form = await qa.GetStringAsync(new Uri(auditPage));
        var childId = await AtLincs(db => db.CaseAudits.Where(a => a.Id == auditId).Select(a => a.ChildId).SingleAsync());
        Assert.True(await AtLincs(db => db.AccessLog.AnyAsync(l => l.ChildId == childId && l.Action == AccessAction.AuditRead)));
        var version = Regex.Match(form, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var ungraded = await qa.PostAsync(new Uri($"{auditPage}?handler=Complete"), Form(form, ("Version", version), ("Answers[danger-statement]", "yes")));
        var completed = await qa.PostAsync(new Uri($"{auditPage}?handler=Complete"), Form(form, ("Version", version),
            ("Answers[danger-statement]", "yes"), ("Answers[safety-goal]", "no"), ("Answers[plan-quality]", "na"), ("Grade", "4"),
            ("ConversationOn.Day", Today.Day.ToString(CultureInfo.InvariantCulture)), ("ConversationOn.Month", Today.Month.ToString(CultureInfo.InvariantCulture)), ("ConversationOn.Year", Today.Year.ToString(CultureInfo.InvariantCulture)),
            ("ConversationStaff", Regex.Match(form, "name=\"ConversationStaff\" type=\"checkbox\" value=\"([^\"]+)\"").Groups[1].Value),
            ("PractitionerRating", "6"), ("AuditorRating", "3"), ("WorkingWell", "Good relationship with Mum"), ("Worries", "No safety goal"), ("NeedsToHappen", "Agree a goal")));

        Assert.Equal(HttpStatusCode.BadRequest, ungraded.StatusCode);
        Assert.Contains("<a href=\"#Grade\">Choose the overall grade</a>", WebUtility.HtmlDecode(await ungraded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, completed.StatusCode);
        var done = WebUtility.HtmlDecode(await qa.GetStringAsync(new Uri(auditPage)));
        Assert.Contains("50%", Html.TestIdText(done, "audit-score"), StringComparison.Ordinal);

        var owner = Regex.Match(done, "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var due = Today.AddDays(14);
        var action = await qa.PostAsync(new Uri($"{auditPage}?handler=Action"), Form(done, ("ActionText", "Agree a safety goal with Mum"), ("ActionOwner", owner),
            ("ActionDue.Day", due.Day.ToString(CultureInfo.InvariantCulture)), ("ActionDue.Month", due.Month.ToString(CultureInfo.InvariantCulture)), ("ActionDue.Year", due.Year.ToString(CultureInfo.InvariantCulture))));
        var withAction = await qa.GetStringAsync(new Uri(auditPage));
        var closeEarly = await qa.PostAsync(new Uri($"{auditPage}?handler=Close"), Form(withAction, ("Version", Regex.Match(withAction, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value)));
        Assert.Equal(HttpStatusCode.Found, action.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, closeEarly.StatusCode);
        Assert.Contains("1 action is still open", WebUtility.HtmlDecode(await closeEarly.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var manager = await factory.SignedIn($"{Lincs}/quality", "manager@lincolnshire");
        var waiting = await manager.GetStringAsync(new Uri($"{Lincs}/quality"));
        Assert.Contains(auditId.ToString(), Section(waiting, "waiting-moderation"), StringComparison.Ordinal);
        var toModerate = await manager.GetStringAsync(new Uri(auditPage));
        var moderated = await manager.PostAsync(new Uri($"{auditPage}?handler=Moderate"), Form(toModerate, ("Version", Regex.Match(toModerate, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value), ("ModeratedGrade", "3"), ("ModerationReason", "The plan is sound; only the goal is missing")));
        Assert.Equal(HttpStatusCode.Found, moderated.StatusCode);
        Assert.Contains("3 Requires improvement to be good (Mo Manager", WebUtility.HtmlDecode(Html.TestIdText(await qa.GetStringAsync(new Uri(auditPage)), "moderated-grade")!), StringComparison.Ordinal);

        var dashboard = WebUtility.HtmlDecode(await qa.GetStringAsync(new Uri($"{Lincs}/quality/dashboard")));
        Assert.Contains("Audits completed in the last 12 months", dashboard, StringComparison.Ordinal);
        var months = await qa.GetStringAsync(new Uri($"{Lincs}/quality/dashboard?handler=Csv&table=months"));
        var thisMonth = months.Split('\n').Single(l => l.StartsWith(Today.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal));
        Assert.Equal($"{Today.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))},1,0,0,1,0,0,0.0", thisMonth.TrimEnd('\r'));
        var agreement = await qa.GetStringAsync(new Uri($"{Lincs}/quality/dashboard?handler=Csv&table=agreement"));
        Assert.Contains("Quinn Assurance,1,0,0.0,", agreement, StringComparison.Ordinal);
        Assert.StartsWith("case_reference,team,worker,stage,items_met", await qa.GetStringAsync(new Uri($"{Lincs}/quality/dashboard?handler=Csv&table=cases")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_qa_lead_adds_every_re_referral_of_this_quarter_and_another_authority_adds_none_of_them()
    {
        const string Hamlets = "http://tower-hamlets.localhost";
        await DirectoryStaff.AddAsync(factory.Services, "tower-hamlets", "qa@tower-hamlets", "Quinn", "Hamlets", "QualityAssurance", null);
        var practitioner = await factory.SignedIn($"{Hamlets}/caseload", "practitioner@tower-hamlets");
        var childId = (await ApiCalls.Json(await practitioner.PostJson($"{Hamlets}/api/referrals", ApiCalls.ReferralJson("Rhea", "Themed")))).GetProperty("childId").GetGuid();
        var again = await practitioner.PostJson($"{Hamlets}/api/children/{childId}/referrals", System.Text.Json.JsonSerializer.Serialize(new { referralDate = ApiCalls.Today, referralSource = "3A", primaryNeed = "N2", reason = "Police attended again.", referrerName = "PC Dorian Gale", referrerPhone = "020 7946 0000" }));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var reReferral = (await ApiCalls.Json(again)).GetProperty("caseId").GetGuid();
        var bristol = await factory.SignedIn("http://bristol.localhost/quality", "qa@bristol");
        var bristolHome = await bristol.GetStringAsync(new Uri("http://bristol.localhost/quality"));
        var qa = await factory.SignedIn($"{Hamlets}/quality", "qa@tower-hamlets");
        var home = await qa.GetStringAsync(new Uri($"{Hamlets}/quality"));

        Assert.Equal(HttpStatusCode.Found, (await bristol.PostAsync(new Uri("http://bristol.localhost/quality?handler=ReReferrals"), Form(bristolHome))).StatusCode);
        var added = await qa.PostAsync(new Uri($"{Hamlets}/quality?handler=ReReferrals"), Form(home));
        var addedAgain = await qa.PostAsync(new Uri($"{Hamlets}/quality?handler=ReReferrals"), Form(home));
        var after = WebUtility.HtmlDecode(await qa.GetStringAsync(new Uri($"{Hamlets}/quality")));

        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal(HttpStatusCode.Found, addedAgain.StatusCode);
        Assert.Contains("already added or waiting", after, StringComparison.Ordinal);
        var audits = await InAsync("tower-hamlets", db => db.CaseAudits.AsNoTracking().Where(a => a.ChildId == childId).ToListAsync());
        var audit = Assert.Single(audits);
        Assert.Equal(reReferral, audit.CaseId);
        Assert.StartsWith("Re-referrals, ", audit.Reason, StringComparison.Ordinal);
        Assert.False(await InAsync("bristol", db => db.CaseAudits.AnyAsync(a => a.ChildId == childId)));
        var byApi = await qa.PostJson($"{Hamlets}/api/audits/themes/re-referrals", "{}");
        Assert.Equal(HttpStatusCode.OK, byApi.StatusCode);
        var answer = await ApiCalls.Json(byApi);
        Assert.Equal((0, 1), (answer.GetProperty("added").GetInt32(), answer.GetProperty("alreadyAdded").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.PostJson($"{Hamlets}/api/audits/themes/re-referrals", "{}")).StatusCode);
    }

    [Fact]
    public async Task A_practitioner_has_no_quality_pages_and_another_authority_finds_no_audit()
    {
        var auditId = await AtLincs(async db =>
        {
            var audit = new Consortium.Practice.Audits.CaseAudit { CaseId = Guid.NewGuid(), ChildId = Guid.NewGuid(), CaseReference = "Lincs audit 1", Month = new DateOnly(Today.Year, Today.Month, 1), Reason = "Themed", Team = "T", WorkerName = "W" };
            db.CaseAudits.Add(audit);
            await db.SaveChangesAsync();
            return audit.Id;
        });
        var practitioner = await factory.SignedIn($"{Lincs}/caseload", "practitioner@lincolnshire");
        var bristolQa = await factory.SignedIn("http://bristol.localhost/quality", "qa@bristol");

        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Lincs}/quality"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Lincs}/quality/dashboard"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bristolQa.GetAsync(new Uri($"http://bristol.localhost/quality/audits/{auditId}"))).StatusCode);
        // A reference with a space: it cannot appear by chance in a page's anti-forgery token, as "X1" once did.
        Assert.DoesNotContain("Lincs audit 1", await bristolQa.GetStringAsync(new Uri("http://bristol.localhost/quality")), StringComparison.Ordinal);
    }

    /// <summary>A table by its test id, from its opening tag to its end.</summary>
    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} on the page");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"/quality/audits/([0-9a-f-]{36})\"")]
    private static partial Regex AuditLink();
}
