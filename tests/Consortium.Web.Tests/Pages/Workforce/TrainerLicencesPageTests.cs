using System.Globalization;
using System.Net;

namespace Consortium.Web.Tests.Pages.Workforce;

/// <summary>Trainers' licences at Wakefield: an expired licence shows on the courses page and keeps its holder off a later course; Norfolk sees none.</summary>
[Collection(SharedWebHost.Name)]
public sealed class TrainerLicencesPageTests(ConsortiumWebFactory factory)
{
    private const string Wakefield = "http://wakefield.localhost";
    private const string Norfolk = "http://norfolk.localhost";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Html.FormToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static (string, string)[] Date(string name, DateOnly day) =>
        [($"{name}.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ($"{name}.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ($"{name}.Year", day.Year.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public async Task An_expired_licence_is_shown_on_the_courses_page_and_its_holder_cannot_train_a_later_course()
    {
        var trainer = await DirectoryStaff.AddAsync(factory.Services, "wakefield", "expired.trainer@wakefield", "Esme", "Expired", "TeamManager", "Wakefield training team");
        var admin = await factory.SignedIn($"{Wakefield}/workforce/trainer-licences", "admin@wakefield");
        var licences = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/trainer-licences"));
        var missing = await admin.PostAsync(new Uri($"{Wakefield}/workforce/trainer-licences"), Form(licences, ("StaffId", trainer.Id.ToString())));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("<a href=\"#ExpiresOn\">Enter the date the licence expires</a>", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await admin.PostAsync(new Uri($"{Wakefield}/workforce/trainer-licences"), Form(licences, [("StaffId", trainer.Id.ToString()), .. Date("ExpiresOn", Today.AddDays(-1))]))).StatusCode);

        var courses = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/courses")));
        var scheduled = await admin.PostAsync(new Uri($"{Wakefield}/workforce/courses"), Form(courses,
            [("Level", "overview"), .. Date("FirstDay", Today.AddDays(14)), ("Venue", "Town hall"), ("Places", "5"), ("TrainerId", trainer.Id.ToString())]));

        Assert.Contains($"Esme Expired: expired on {Today.AddDays(-1).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", courses, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, scheduled.StatusCode);
        Assert.Contains("<a href=\"#TrainerId\">The trainer's licence expires on", WebUtility.HtmlDecode(await scheduled.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Esme Expired,", await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/trainer-licences?handler=Csv")), StringComparison.Ordinal);

        var norfolk = await factory.SignedIn($"{Norfolk}/workforce/trainer-licences", "admin@norfolk");
        var theirs = await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/trainer-licences"));
        var recordTheirs = await norfolk.PostAsync(new Uri($"{Norfolk}/workforce/trainer-licences"), Form(theirs, [("StaffId", trainer.Id.ToString()), .. Date("ExpiresOn", Today.AddYears(1))]));
        var manager = await factory.SignedIn($"{Wakefield}/caseload", "manager@wakefield");

        Assert.DoesNotContain("Esme Expired", theirs + await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/courses")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, recordTheirs.StatusCode);
        Assert.Contains("/no-access", (await manager.GetAsync(new Uri($"{Wakefield}/workforce/trainer-licences"))).Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
