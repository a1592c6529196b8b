using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Workforce;
using Consortium.Web.Pages.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Workforce;

/// <summary>
/// Training pages at Wakefield (no other test books its staff): an administrator schedules a course, books a practitioner,
/// records attendance, and the practitioner's own page and the matrix show the level completed; Norfolk finds none of it.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed partial class WorkforcePageTests(ConsortiumWebFactory factory)
{
    private const string Wakefield = "http://wakefield.localhost";
    private const string Norfolk = "http://norfolk.localhost";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Html.FormToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static (string, string)[] FirstDay(DateOnly day) =>
        [("FirstDay.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ("FirstDay.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ("FirstDay.Year", day.Year.ToString(CultureInfo.InvariantCulture))];

    private async Task<(HttpClient Admin, Guid CourseId)> ScheduledAsync(string host, DateOnly firstDay)
    {
        var admin = await factory.SignedIn($"{host}/workforce/courses", $"admin@{new Uri(host).Host.Split('.')[0]}");
        var page = await admin.GetStringAsync(new Uri($"{host}/workforce/courses"));
        var scheduled = await admin.PostAsync(new Uri($"{host}/workforce/courses"), Form(page,
            [("Level", DefaultTrainingPolicy.Introductory), .. FirstDay(firstDay), ("Venue", "Town hall"), ("Places", "1")]));
        Assert.Equal(HttpStatusCode.Found, scheduled.StatusCode);
        return (admin, Guid.Parse(CourseLink().Match(scheduled.Headers.Location!.ToString()).Groups[1].Value));
    }

    [Fact]
    public async Task An_administrator_schedules_a_course_books_a_practitioner_records_attendance_and_their_own_page_and_the_matrix_show_it()
    {
        var pat = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "practitioner@wakefield", "Pat", "Wakefield", "Practitioner", "Wakefield assessment");
        await DirectoryStaff.AddAsync(factory.Services, "wakefield", "waiting@wakefield", "Wendy", "Waiting", "Practitioner", "Wakefield assessment");
        var practitioner = await factory.SignedIn($"{Wakefield}/workforce/my-training", "practitioner@wakefield");
        var before = WebUtility.HtmlDecode(await practitioner.GetStringAsync(new Uri($"{Wakefield}/workforce/my-training")));
        Assert.Matches("Introductory \\(2 days\\)</th>\\s*<td class=\"govuk-table__cell\">\\s*<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>", before);

        var admin = await factory.SignedIn($"{Wakefield}/workforce/courses", "admin@wakefield");
        var form = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/courses"));
        var bad = await admin.PostAsync(new Uri($"{Wakefield}/workforce/courses"), Form(form, ("Level", DefaultTrainingPolicy.Introductory), ("FirstDay.Day", "31"), ("FirstDay.Month", "2"), ("FirstDay.Year", "2027"), ("Places", "0")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#FirstDay\">The first day must be a real date</a>", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var (_, courseId) = await ScheduledAsync(Wakefield, Today.AddDays(-10));
        var coursePage = $"{Wakefield}/workforce/courses/{courseId}";

        var page = await admin.GetStringAsync(new Uri(coursePage));
        Assert.Equal(HttpStatusCode.Found, (await admin.PostAsync(new Uri($"{coursePage}?handler=Book"), Form(page, ("StaffId", pat.Id.ToString())))).StatusCode);
        page = await admin.GetStringAsync(new Uri(coursePage));
        var waitingId = Regex.Match(page, "<option value=\"([0-9a-f-]{36})\">Wendy Waiting</option>").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Found, (await admin.PostAsync(new Uri($"{coursePage}?handler=Book"), Form(page, ("StaffId", waitingId)))).StatusCode);
        page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(coursePage)));
        Assert.Contains("Wendy Waiting: on the waiting list", page, StringComparison.Ordinal);
        Assert.Contains("1 of 1 booked", Html.TestIdText(page, "places"), StringComparison.Ordinal);

        var days = CoursesModel.WorkingDaysFrom(Today.AddDays(-10), 2);
        var partial = await admin.PostAsync(new Uri($"{coursePage}?handler=Attendance&staffId={pat.Id}"), Form(page,
            ($"Marks[{CourseModel.Key(days[0])}]", "Attended"), ($"Marks[{CourseModel.Key(days[1])}]", "Partial")));
        Assert.Equal(HttpStatusCode.Found, partial.StatusCode);
        var matrixPartial = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix")));
        Assert.Matches("Pat Wakefield</th>\\s*<td class=\"govuk-table__cell\">Practitioner</td>\\s*<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--grey\">Not required</strong>\\s*</td>\\s*<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--[a-z]+\">(Due|Overdue)</strong>", matrixPartial);

        var full = await admin.PostAsync(new Uri($"{coursePage}?handler=Attendance&staffId={pat.Id}"), Form(page, ($"Marks[{CourseModel.Key(days[1])}]", "Attended")));
        Assert.Equal(HttpStatusCode.Found, full.StatusCode);

        var after = WebUtility.HtmlDecode(await practitioner.GetStringAsync(new Uri($"{Wakefield}/workforce/my-training")));
        Assert.Matches("Introductory \\(2 days\\)</th>\\s*<td class=\"govuk-table__cell\">\\s*<strong class=\"govuk-tag govuk-tag--green\">Compliant</strong>", after);
        Assert.Contains("Introductory, " + MyTrainingModel.Day(days[1]) + ": course attended in full", after, StringComparison.Ordinal);
        var matrix = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix")));
        Assert.Matches("Pat Wakefield</th>\\s*<td class=\"govuk-table__cell\">Practitioner</td>\\s*<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--grey\">Not required</strong>\\s*</td>\\s*<td[^>]*>\\s*<strong class=\"govuk-tag govuk-tag--green\">Compliant</strong>", matrix);
    }

    [Fact]
    public async Task Another_authority_finds_no_course_person_or_team_and_a_practitioner_cannot_schedule()
    {
        var person = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "isolated@wakefield", "Iso", "Lated", "Practitioner", "Wakefield isolation team");
        var team = await factory.Services.GetRequiredService<Consortium.Tenancy.Stores.ITenantDirectory>().FindByIdentifierAsync("wakefield")
            is { } wakefield ? await factory.Services.GetRequiredService<Consortium.Tenancy.ITenantScopeRunner>().RunAsync(wakefield, async (sp, ct) =>
                (await sp.GetRequiredService<Consortium.Practice.Staff.StaffDirectory>().FindAsync(person.Id, ct))!.TeamId!.Value) : Guid.Empty;
        var (_, wakefieldCourse) = await ScheduledAsync(Wakefield, Today.AddDays(-20));
        var (norfolkAdmin, norfolkCourse) = await ScheduledAsync(Norfolk, Today.AddDays(-20));
        var norfolkPage = await norfolkAdmin.GetStringAsync(new Uri($"{Norfolk}/workforce/courses/{norfolkCourse}"));

        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.GetAsync(new Uri($"{Norfolk}/workforce/courses/{wakefieldCourse}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.PostAsync(new Uri($"{Norfolk}/workforce/courses/{wakefieldCourse}?handler=Book"), Form(norfolkPage, ("StaffId", person.Id.ToString())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.PostAsync(new Uri($"{Norfolk}/workforce/courses/{norfolkCourse}?handler=Book"), Form(norfolkPage, ("StaffId", person.Id.ToString())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.PostAsync(new Uri($"{Norfolk}/workforce/courses/{wakefieldCourse}?handler=Attendance&staffId={person.Id}"), Form(norfolkPage, ("Marks[2020-01-01]", "Attended")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.PostAsync(new Uri($"{Norfolk}/workforce/courses/{norfolkCourse}?handler=Attendance&staffId={person.Id}"), Form(norfolkPage, ($"Marks[{CourseModel.Key(CoursesModel.WorkingDaysFrom(Today.AddDays(-20), 1)[0])}]", "Attended")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.GetAsync(new Uri($"{Norfolk}/workforce/matrix?team={team}"))).StatusCode);
        var matrix = await norfolkAdmin.GetStringAsync(new Uri($"{Norfolk}/workforce/matrix"));
        Assert.DoesNotContain("Iso Lated", matrix, StringComparison.Ordinal);
        Assert.DoesNotContain(wakefieldCourse.ToString(), await norfolkAdmin.GetStringAsync(new Uri($"{Norfolk}/workforce/courses")), StringComparison.Ordinal);

        var practitioner = await factory.SignedIn($"{Norfolk}/workforce/my-training", "practitioner@norfolk");
        Assert.NotNull(Html.TestId(await practitioner.GetStringAsync(new Uri($"{Norfolk}/workforce/my-training")), "not-linked"));
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Norfolk}/workforce/courses"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Norfolk}/workforce/matrix"))).Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_reach_their_training_from_the_header_and_an_administrator_reaches_courses_and_the_matrix()
    {
        var practitioner = await factory.SignedIn($"{Wakefield}/caseload", "practitioner@wakefield");
        var admin = await factory.SignedIn($"{Wakefield}/admin", "admin@wakefield");

        var caseload = await practitioner.GetStringAsync(new Uri($"{Wakefield}/caseload"));
        var mine = await practitioner.GetStringAsync(new Uri($"{Wakefield}/workforce/my-training"));
        var administration = await admin.GetStringAsync(new Uri($"{Wakefield}/admin"));

        Assert.Contains("href=\"/workforce/my-training\" data-testid=\"training-link\"", caseload, StringComparison.Ordinal);
        Assert.Null(Html.TestId(mine, "matrix-link"));
        Assert.Contains("href=\"/workforce/courses\"", administration, StringComparison.Ordinal);
        Assert.Contains("href=\"/workforce/matrix\"", administration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_matrix_links_to_the_courses_only_for_administrators_who_may_open_them()
    {
        var manager = await factory.SignedIn($"{Wakefield}/caseload", "manager@wakefield");
        var admin = await factory.SignedIn($"{Wakefield}/admin", "admin@wakefield");

        var managersMatrix = await manager.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix"));
        var adminsMatrix = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix"));

        Assert.DoesNotContain("href=\"/workforce/courses\"", managersMatrix, StringComparison.Ordinal);
        Assert.Contains("href=\"/workforce/courses\"", adminsMatrix, StringComparison.Ordinal);
    }

    [GeneratedRegex("/workforce/courses/([0-9a-f-]{36})")]
    private static partial Regex CourseLink();
}
