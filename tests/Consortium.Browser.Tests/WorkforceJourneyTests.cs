using System.Globalization;
using Consortium.Practice.Workforce;
using Consortium.Web.Pages.Workforce;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>
/// Training in a real browser with axe on every page, at Lincolnshire (no other browser test uses it): an administrator
/// schedules a course, books a practitioner and records their attendance; the matrix and the practitioner's own page
/// show the level completed.
/// </summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class WorkforceJourneyTests(BrowserFixture fixture)
{
    private const string Slug = "lincolnshire";

    private Task<IPage> SignedIn(string user, string path) => fixture.SignedInPage($"{Slug}.localhost", user, path);

    [Fact]
    public async Task An_administrator_schedules_a_course_books_and_records_attendance_and_the_matrix_and_own_page_show_it()
    {
        var pat = await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, Slug, "practitioner@lincolnshire", "Pat", "Lincoln", "Practitioner", "Lincolnshire assessment");
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-14);
        var days = CoursesModel.WorkingDaysFrom(firstDay, 2);

        var admin = await SignedIn("admin@lincolnshire", "/workforce/courses");
        await Accessibility.AssertNoViolations(admin);
        await admin.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync(DefaultTrainingPolicy.Introductory);
        await admin.Locator("[id='FirstDay-Day']").FillAsync(firstDay.Day.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("[id='FirstDay-Month']").FillAsync(firstDay.Month.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("[id='FirstDay-Year']").FillAsync(firstDay.Year.ToString(CultureInfo.InvariantCulture));
        await admin.GetByLabel("Venue").FillAsync("County offices");
        await admin.GetByLabel("Places", new() { Exact = true }).FillAsync("2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Schedule course" }).ClickAsync();
        await admin.GetByTestId("course-summary").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByLabel("Person to book").SelectOptionAsync(pat.Id.ToString());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Book place" }).ClickAsync();
        await admin.GetByTestId($"booking-{pat.Id}").WaitForAsync();
        foreach (var day in days)
        {
            await admin.Locator($"[id='Marks-{CourseModel.Key(day)}-{pat.Id}']").SelectOptionAsync("Attended");
        }

        await admin.GetByRole(AriaRole.Button, new() { Name = "Save attendance for Pat Lincoln" }).ClickAsync();
        await admin.GetByText("Pat Lincoln: booked, level completed").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);

        await admin.GotoAsync(fixture.Url($"{Slug}.localhost", "/workforce/matrix"));
        var row = admin.Locator("tr", new() { Has = admin.GetByRole(AriaRole.Rowheader, new() { Name = "Pat Lincoln" }) });
        Assert.Contains("Compliant", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);

        var practitioner = await SignedIn("practitioner@lincolnshire", "/workforce/my-training");
        Assert.Contains("course attended in full", await practitioner.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(practitioner);
    }

    [Fact]
    public async Task The_workforce_measures_vacancies_and_capacity_pages_are_accessible_and_show_errors_accessibly()
    {
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, Slug, "measures.team@lincolnshire.example", "Mo", "Measures", "Practitioner", "Lincolnshire measures team");
        var admin = await SignedIn("admin@lincolnshire", "/workforce/measures?year=2024");
        await admin.GetByTestId("measures").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByTestId("vacancies-link").ClickAsync();
        await admin.GetByLabel("Lincolnshire measures team: vacant FTE").FillAsync("two");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save vacancies" }).ClickAsync();
        Assert.Contains("Vacancies for Lincolnshire measures team must be a number", await admin.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByLabel("Lincolnshire measures team: vacant FTE").FillAsync("2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save vacancies" }).ClickAsync();
        await admin.GetByTestId("measures").WaitForAsync();
        Assert.Contains("2.0", await admin.GetByTestId("sw_vacancies_fte").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Capacity to train" }).ClickAsync();
        await admin.GetByTestId("line-chart").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);
        await admin.GetByLabel("Target (per cent holding each level the role needs)").FillAsync("150");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Show plan" }).ClickAsync();
        Assert.Contains("The target must be a percentage", await admin.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);
    }

    [Fact]
    public async Task The_practice_leadership_and_trainer_licence_pages_are_accessible_and_show_errors_accessibly()
    {
        await Consortium.Web.Tests.DirectoryStaff.AddAsync(fixture.Services, Slug, "leader.browser@lincolnshire.example", "Lou", "Leader", "TeamManager", "Lincolnshire leadership team");
        var admin = await SignedIn("admin@lincolnshire", "/workforce/practice-leaders");
        await admin.GetByTestId("no-leaders").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        Assert.Contains("Choose the practice leader from the staff directory", await admin.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);

        await admin.GetByLabel("Practice leader").SelectOptionAsync(new SelectOptionValue { Label = "Lou Leader, Social worker (Lincolnshire leadership team)" });
        await admin.Locator("[name='From.Day']").FillAsync("1");
        await admin.Locator("[name='From.Month']").FillAsync("1");
        await admin.Locator("[name='From.Year']").FillAsync("2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add to the register" }).ClickAsync();
        await admin.GetByTestId("register").WaitForAsync();
        await Accessibility.AssertNoViolations(admin);

        await admin.GotoAsync(fixture.Url($"{Slug}.localhost", "/workforce/practice-sessions"));
        await admin.GetByTestId("bar-chart").WaitForAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record session" }).ClickAsync();
        Assert.Contains("Choose who attended", await admin.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);

        await admin.GotoAsync(fixture.Url($"{Slug}.localhost", "/workforce/trainer-licences"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save licence" }).ClickAsync();
        Assert.Contains("Enter the date the licence expires", await admin.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(admin);
    }
}
