using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Workforce;

/// <summary>
/// The capacity page at Wakefield, where this class schedules the only introductory course ending in the future (7
/// places, next month); Norfolk's plan counts none of it. Administrators and quality assurance see the page.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class CapacityPageTests(ConsortiumWebFactory factory)
{
    private const string Wakefield = "http://wakefield.localhost";
    private const string Norfolk = "http://norfolk.localhost";
    private static readonly DateOnly NextMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(1);

    private static string Scheduled(string html, string level) =>
        Regex.Matches(html, $"data-testid=\"plan-{level}\">.*?</tr>", RegexOptions.Singleline) is [var row]
            ? WebUtility.HtmlDecode(Regex.Matches(row.Value, "<td[^>]*>([^<]*)</td>")[2].Groups[1].Value)
            : "no row";

    private async Task ScheduleAtWakefieldAsync()
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("wakefield"))!;
        var scheduled = await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) => sp.GetRequiredService<Courses>().ScheduleAsync(
            new CourseInput { Level = DefaultTrainingPolicy.Introductory, Dates = [NextMonth.AddDays(9), NextMonth.AddDays(10)], Venue = "Wakefield One", Places = 7 }, "Test administrator", ct));
        Assert.True(scheduled.IsDone, scheduled.Failure?.ToString());
    }

    [Fact]
    public async Task The_plan_counts_the_authoritys_scheduled_places_and_downloads_both_tables_and_another_authority_counts_none()
    {
        await ScheduleAtWakefieldAsync();
        var admin = await factory.SignedIn($"{Wakefield}/workforce/capacity", "admin@wakefield");
        var norfolk = await factory.SignedIn($"{Norfolk}/workforce/capacity", "admin@norfolk");

        var page = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/capacity"));
        Assert.Equal("7", Scheduled(page, DefaultTrainingPolicy.Introductory));
        Assert.Contains("data-testid=\"line-chart\"", page, StringComparison.Ordinal);
        Assert.Equal("0", Scheduled(await norfolk.GetStringAsync(new Uri($"{Norfolk}/workforce/capacity")), DefaultTrainingPolicy.Introductory));

        var plan = await (await admin.GetAsync(new Uri($"{Wakefield}/workforce/capacity?handler=Csv&table=plan"))).Content.ReadAsStringAsync();
        var forecast = await (await admin.GetAsync(new Uri($"{Wakefield}/workforce/capacity?handler=Csv&table=forecast"))).Content.ReadAsStringAsync();
        Assert.StartsWith("level,holders_now,places_needed,places_scheduled,gap,courses_for_gap,trainer_days\r\nIntroductory,", plan, StringComparison.Ordinal);
        Assert.Matches("^Introductory,[0-9]+,[0-9]+,7,", plan.Split("\r\n")[1]);
        Assert.StartsWith("month,level,holders,percent,target_percent\r\n", forecast, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_summarised_and_only_administrators_and_quality_assurance_see_the_plan()
    {
        var admin = await factory.SignedIn($"{Wakefield}/workforce/capacity", "admin@wakefield");
        var bad = await admin.GetAsync(new Uri($"{Wakefield}/workforce/capacity?Target=150&By.Day=31&By.Month=2&By.Year=2030"));
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#By\">The date must be a real date</a>", html, StringComparison.Ordinal);

        var qa = await factory.SignedIn($"{Wakefield}/workforce/capacity", "qa@wakefield");
        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync(new Uri($"{Wakefield}/workforce/capacity"))).StatusCode);
        var manager = await factory.SignedIn($"{Wakefield}/workforce/matrix", "manager@wakefield");
        Assert.Contains("/no-access", (await manager.GetAsync(new Uri($"{Wakefield}/workforce/capacity"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("href=\"/workforce/capacity\"", await admin.GetStringAsync(new Uri($"{Wakefield}/admin")), StringComparison.Ordinal);
        Assert.Contains("href=\"/workforce/capacity\"", await qa.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix")), StringComparison.Ordinal);
    }
}
