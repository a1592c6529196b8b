using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>
/// The 13-year trend on the authority view, its named statistical neighbours, and the members' small multiples, with
/// the Department's published figures (Wakefield's re-referrals 46.1% in 2014-15 and 67.6% in 2015-16, England 24.2%
/// and Yorkshire and The Humber 28.6% in 2014-15; its plans lasting two years suppressed, <c>c</c>, in 2024-25).
/// </summary>
public sealed class HubTrendPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The text of a row's cell with that test id, whitespace collapsed.</summary>
    private static string Cell(string html, string rowAttributes, string testId)
    {
        var row = Regex.Match(html, $"<tr class=\"govuk-table__row\" {rowAttributes}>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row {rowAttributes}");
        var cell = Regex.Match(row.Groups[1].Value, $"data-testid=\"{testId}\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(cell.Success, $"no {testId} cell in row {rowAttributes}");
        return WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(cell.Groups[1].Value, "<[^>]+>", " "), "\\s+", " ").Trim());
    }

    [Fact]
    public async Task The_authority_view_shows_its_published_years_with_england_region_and_neighbours_then_its_shared_figures_on_one_chart()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear"));

        Assert.Contains("aria-labelledby=\"long-trend-chart-title long-trend-chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"published-ends\"", html, StringComparison.Ordinal);
        Assert.Equal(13, Regex.Count(html, "data-source=\"published\""));
        Assert.Equal("2012-13", Regex.Match(html, "data-long-period=\"([^\"]+)\" data-source=\"published\"").Groups[1].Value);
        Assert.Equal("46.1%", Cell(html, "data-long-period=\"2014-15\" data-source=\"published\"", "long-value"));
        Assert.Equal("67.6%", Cell(html, "data-long-period=\"2015-16\" data-source=\"published\"", "long-value"));
        Assert.Equal("24.2%", Cell(html, "data-long-period=\"2014-15\" data-source=\"published\"", "long-england"));
        Assert.Equal("28.6%", Cell(html, "data-long-period=\"2014-15\" data-source=\"published\"", "long-region"));
        Assert.Equal("20.1% 10 of 10 neighbours", Cell(html, "data-long-period=\"2015-16\" data-source=\"published\"", "long-neighbours"));
        Assert.Equal(2, Regex.Count(html, "data-source=\"shared\""));
    }

    [Fact]
    public async Task The_long_trend_table_downloads_as_csv()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var csv = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear&handler=LongTrendCsv"));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_period,source,new_la_code,la_name,indicator,value,compared_value,england,region,neighbours_mean,neighbours_reporting,neighbours_listed,data_quality_flag", lines[0]);
        // Neighbours in 2014-15: 17.2 + 21.4 + 18.2 + 21.8 + 17.7 + 15.4 + 27.7 + 27.2 + 16.5 + 27.4 = 210.5, a mean of 21.05.
        Assert.Contains("2014-15,published,E08000036,Wakefield,REREF12,46.1,46.1,24.2,28.6,21.1,10,10,", lines);
        Assert.Equal(1 + 13 + 2, lines.Length);
    }

    [Fact]
    public async Task The_long_trend_flags_implausible_movements_of_the_published_and_the_shared_figures_in_its_table_and_csv()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear"));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear&handler=LongTrendCsv"));

        // Published 46.1% in 2014-15 and 67.6% in 2015-16; shared 46.1% in 2023-24 and 67.6% in 2024-25.
        Assert.Equal("Check recording Moved 21.5 percentage points since 2014-15 (46.1% to 67.6%), more than 15 in one period.", Cell(html, "data-long-period=\"2015-16\" data-source=\"published\"", "long-flag"));
        Assert.Equal("", Cell(html, "data-long-period=\"2014-15\" data-source=\"published\"", "long-flag"));
        Assert.Equal("Check recording Moved 21.5 percentage points since 2023-24 (46.1% to 67.6%), more than 15 in one period.", Cell(html, "data-long-period=\"2024-25\" data-source=\"shared\"", "long-flag"));
        Assert.Equal("", Cell(html, "data-long-period=\"2023-24\" data-source=\"shared\"", "long-flag"));
        Assert.Contains("2015-16,published,E08000036,Wakefield,REREF12,67.6,67.6,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Moved 21.5 percentage points since 2014-15 (46.1% to 67.6%), more than 15 in one period.\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Moved 21.5 percentage points since 2023-24 (46.1% to 67.6%), more than 15 in one period.\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authority_view_states_the_published_definition_under_its_long_trend()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=CPP_2YR&kind=ReportingYear"));

        Assert.Equal(Consortium.Hub.Published.PublishedIndicatorMap.DefinitionNote(Consortium.Contracts.Catalogue.IndicatorCode.CPP_2YR), Html.TestIdText(html, "long-trend-definition"));
        Assert.DoesNotContain("see the note under Published by the Department", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authority_view_names_its_ten_published_neighbours_closest_first_with_their_values_and_the_mean_of_ten()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear&year=2024-25"));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear&year=2024-25&handler=NeighboursCsv"));

        var names = Regex.Matches(html, "data-testid=\"published-neighbour\" data-rank=\"[0-9]+\">(.*?)</th>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Dudley", "Barnsley", "Telford and Wrekin", "Rotherham", "Lincolnshire", "Tameside", "Doncaster", "North Lincolnshire", "Darlington", "Lancashire"], names);
        Assert.Equal("22.5%", Cell(html, "data-published-neighbour=\"E08000027\"", "neighbour-published"));
        // (22.5 + 25.5 + 15.8 + 19.6 + 22.9 + 27.7 + 29.4 + 14 + 13 + 16.3) / 10 = 20.67
        Assert.Contains("data-testid=\"published-neighbours-mean\">20.7% <span class=\"app-table-basis\">10 of 10 neighbours</span>", html, StringComparison.Ordinal);
        Assert.Contains("2024-25,E08000036,Wakefield,REREF12,1,E08000027,Dudley,22.5,22.5", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suppressed_published_value_is_shown_as_published_and_never_turned_into_a_number()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=CPP_2YR&kind=ReportingYear"));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=CPP_2YR&kind=ReportingYear&handler=LongTrendCsv"));
        var trends = await lead.GetStringAsync(new Uri($"{Hub}/trends?indicator=CPP_2YR"));

        Assert.Equal("c", Cell(html, "data-long-period=\"2024-25\" data-source=\"published\"", "long-value"));
        Assert.Equal("3.4%", Cell(html, "data-long-period=\"2020-21\" data-source=\"published\"", "long-value"));
        Assert.Contains("2024-25,published,E08000036,Wakefield,CPP_2YR,c,c,", csv, StringComparison.Ordinal);
        // Tameside 1.9, North Lincolnshire 0, Darlington 6.5, Lancashire 2.9; the other six are c.
        Assert.Equal("2.8% 4 of 10 neighbours", Cell(html, "data-long-period=\"2024-25\" data-source=\"published\"", "long-neighbours"));
        Assert.Matches("data-trend-period=\"2024-25\" data-source=\"published\">.*?data-testid=\"member-E08000036\">c</td>", Regex.Replace(trends, "\\s+", " "));
    }

    [Fact]
    public async Task The_trends_page_draws_every_member_on_the_same_scale_beside_one_table_that_downloads()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/trends?indicator=REREF12"));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/trends?indicator=REREF12&handler=Csv"));

        Assert.Equal("Re-referrals within 12 months: trends of the members", Html.Heading(html));
        var charts = Regex.Matches(html, "<svg role=\"img\" aria-labelledby=\"(trend-[^ ]+)-title [^\"]+-desc\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, charts.Count);
        var scales = Regex.Matches(html, "data-testid=\"y-max\">([^<]+)<").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Single(scales);
        Assert.Equal("67.6%", Cell(Regex.Replace(html, "\\s+", " "), "data-trend-period=\"2015-16\" data-source=\"published\"", "member-E08000036"));
        Assert.Contains("2015-16,published,E08000036,Wakefield,REREF12,67.6,67.6", csv, StringComparison.Ordinal);
        Assert.Equal(1 + (10 * (13 + 2)), csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_trends_page_is_linked_from_the_hub_and_from_the_comparison()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        Assert.Contains("href=\"/trends\"", await lead.GetStringAsync(new Uri($"{Hub}/")), StringComparison.Ordinal);
        Assert.Contains("href=\"/trends?indicator=REREF12\"", await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REREF12&period=2024-25")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authoritys_staff_member_cannot_reach_the_trends_page()
    {
        var staff = await factory.SignedIn("http://wakefield.localhost/admin", "admin@wakefield");

        var atHub = await staff.GetAsync(new Uri($"{Hub}/trends?indicator=REREF12"));
        var atAuthority = await staff.GetAsync(new Uri("http://wakefield.localhost/trends?indicator=REREF12"));

        Assert.Equal(HttpStatusCode.Found, atHub.StatusCode);
        Assert.Contains("/idp/hub/", atHub.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, atAuthority.StatusCode);
    }

    [Theory]
    [InlineData("/trends?indicator=NOPE", "there is no indicator with that code")]
    [InlineData("/trends?indicator=REF&kind=Fortnight", "Select reporting years, quarters or months")]
    [InlineData("/trends?indicator=NOPE&handler=Csv", "there is no indicator with that code")]
    [InlineData("/authorities/E08000036?indicator=REREF12&year=nope", "Select a reporting year the Department published")]
    [InlineData("/authorities/E08000036?indicator=REREF12&year=1999-00", "Select a reporting year the Department published")]
    [InlineData("/authorities/E08000036?indicator=REREF12&year=2024-25%20Q1", "Select a reporting year the Department published")]
    [InlineData("/authorities/E08000036?indicator=REREF12&year=nope&handler=NeighboursCsv", "Select a reporting year the Department published")]
    public async Task Bad_query_input_gets_the_error_summary_and_a_400(string page, string message)
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var response = await lead.GetAsync(new Uri(Hub + page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}
