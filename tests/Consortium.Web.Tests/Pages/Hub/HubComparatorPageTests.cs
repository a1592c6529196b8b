using System.Net;
using System.Text.RegularExpressions;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>
/// Statistical neighbours and region on the hub's pages and in their CSV files. In <see cref="HubSeed"/>, Lincolnshire's
/// neighbours among the members are Wakefield, Norfolk and Suffolk (of ten), and Leicestershire is the only other East
/// Midlands authority; Lincolnshire's own plans lasting two years are suppressed.
/// </summary>
public sealed class HubComparatorPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The text of a row's cell with that test id, whitespace collapsed.</summary>
    private static string Cell(string html, string rowAttribute, string testId)
    {
        var row = Regex.Match(html, $"<tr class=\"govuk-table__row\" {rowAttribute}>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row {rowAttribute}");
        var cell = Regex.Match(row.Groups[1].Value, $"data-testid=\"{testId}\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(cell.Success, $"no {testId} cell in row {rowAttribute}");
        return WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(cell.Groups[1].Value, "<[^>]+>", " "), "\\s+", " ").Trim());
    }

    [Fact]
    public async Task Audits_compared_for_a_month_say_they_are_shared_by_reporting_year_only()
    {
        var month = ReportingPeriod.MonthOf(new DateOnly(2024, 5, 1));
        await factory.Services.GetRequiredService<SnapshotIngestor>().IngestAsync(new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode("E09000005"),
            Period = month,
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero),
            Values = [new() { Indicator = IndicatorCode.QA_AUDIT_GOOD, Status = ValueStatus.Unavailable }, new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Available, Value = 180, RatePer10000 = 26 }],
        });
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var audits = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=QA_AUDIT_GOOD&period={month.Key}"));
        var referrals = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REF&period={month.Key}"));

        Assert.Contains("shared by reporting year only", Html.TestIdText(audits, "yearly-only"), StringComparison.Ordinal);
        Assert.Contains("period=2024-25", audits, StringComparison.Ordinal);
        Assert.Null(Html.TestIdText(referrals, "yearly-only"));
    }

    [Fact]
    public async Task The_comparison_shows_each_authoritys_neighbours_and_region_with_how_many_they_rest_on()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REREF12&period=2024-25"));

        // Wakefield 67.6, Norfolk 20.0, Suffolk 21.0; Leicestershire 18.0 (Lincolnshire's own 19.0 is not in it).
        Assert.Equal("36.2 3 of 10 neighbours", Cell(html, "data-authority=\"E10000019\"", "neighbours"));
        Assert.Equal("18.0 1 of 1 other in East Midlands", Cell(html, "data-authority=\"E10000019\"", "region"));
        Assert.Equal("x 0 of 10 neighbours", Cell(html, "data-authority=\"E09000005\"", "neighbours"));
        Assert.Equal("x no others in Yorkshire and The Humber", Cell(html, "data-authority=\"E08000036\"", "region"));
    }

    [Fact]
    public async Task A_suppressed_neighbour_is_left_out_not_worked_out()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25"));

        // Norfolk's neighbours among the members: Suffolk 8.0, and Lincolnshire, suppressed.
        Assert.Equal("8.0 1 of 10 neighbours", Cell(html, "data-authority=\"E10000020\"", "neighbours"));
    }

    [Fact]
    public async Task Counts_are_compared_with_the_neighbours_mean_rate_not_a_mean_of_counts()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REF&period=2024-25"));

        // Rates 307, 304 and 305 per 10,000 (counts 2,700, 2,400 and 2,500).
        Assert.Equal("305.3 3 of 10 neighbours", Cell(html, "data-authority=\"E10000019\"", "neighbours"));
    }

    [Fact]
    public async Task The_comparison_csv_carries_the_neighbours_and_region_means_and_their_counts()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var csv = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25&handler=Csv"));

        Assert.StartsWith("time_period,new_la_code,la_name,indicator,percent,numerator,denominator,rank,quartile_band,published_value,"
            + "neighbours_mean_percent,neighbours_reporting,neighbours_listed,region_others_mean_percent,region_others_reporting,region_others_known,data_quality_flag\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n2024-25,E10000020,Norfolk,CPP_2YR,7.0,7,100,", csv, StringComparison.Ordinal);
        Assert.Matches("\r\n2024-25,E10000020,Norfolk,[^\r]*,8\\.0,1,10,8\\.0,1,1,\r\n", csv);
        Assert.Matches("\r\n2024-25,z,Median of the authorities compared,[^\r]*,z,z,z,z,z,z,\r\n", csv);
    }
}
