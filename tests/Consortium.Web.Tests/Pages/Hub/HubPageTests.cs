using System.Net;
using System.Text.RegularExpressions;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>The hub's pages at hub.{domain}: who gets them, what they show, and what a bad address gets.</summary>
public sealed class HubPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> HubPages => new()
    {
        "/compare",
        "/compare?indicator=REREF12&period=2024-25",
        "/authorities",
        "/authorities?handler=Csv",
        "/authorities/E08000036?indicator=REREF12",
        "/returns",
        "/returns?handler=Data&period=2024-25",
        "/quarantine",
        "/quarantine?handler=Csv",
        "/compare?indicator=REF&handler=Csv",
        "/trends?indicator=REREF12",
        "/trends?indicator=REREF12&handler=Csv",
        "/authorities/E08000036?indicator=REREF12&handler=LongTrendCsv",
        "/authorities/E08000036?indicator=REREF12&handler=NeighboursCsv",
        "/impact",
        "/impact?handler=Csv",
    };

    [Theory]
    [InlineData("lead@hub")]
    [InlineData("analyst@hub")]
    public async Task Consortium_leads_and_department_analysts_get_every_hub_page(string user)
    {
        var client = await factory.SignedIn($"{Hub}/me", user);

        foreach (var page in HubPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Hub + page))).StatusCode);
        }

        Assert.Contains("href=\"/returns\"", await client.GetStringAsync(new Uri(Hub + "/")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HubPages))]
    public async Task Anonymous_requests_for_hub_pages_are_sent_to_the_hubs_sign_in(string page)
    {
        var response = await factory.Client().GetAsync(new Uri(Hub + page));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("http://localhost/idp/hub/connect/authorize", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authoritys_staff_get_nothing_from_the_hub()
    {
        var admin = await factory.SignedIn("http://brent.localhost/admin", "admin@brent");

        foreach (var page in HubPages)
        {
            var atHub = await admin.GetAsync(new Uri(Hub + page));
            Assert.Equal(HttpStatusCode.Found, atHub.StatusCode);
            Assert.Contains("/idp/hub/", atHub.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("http://brent.localhost" + page))).StatusCode);
        }
    }

    [Fact]
    public async Task The_comparison_shows_every_authority_with_bands_suppression_flags_and_an_accessible_chart()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REREF12&period=2024-25"));

        Assert.Equal("Re-referrals within 12 months, 2024-25", Html.Heading(html));
        Assert.Equal(10, Regex.Count(html, "<tr class=\"govuk-table__row\" data-authority="));
        Assert.Matches("<svg role=\"img\" aria-labelledby=\"comparison-chart-title comparison-chart-desc\"", html);
        Assert.Contains("<title id=\"comparison-chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("21.5 percentage points", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"band\">", html, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--green\">A</strong>", html, StringComparison.Ordinal);

        var suppressed = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25"));
        Assert.Matches("data-authority=\"E10000019\">.*?data-testid=\"value\">c</td>", Regex.Replace(suppressed, "\\s+", " "));
        Assert.Contains("What c, x and z mean", suppressed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_defaults_to_the_latest_reporting_year_with_figures()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=ASMT_MEDIAN"));

        Assert.Equal("Assessment duration, median, 2024-25", Html.Heading(html));
    }

    [Fact]
    public async Task A_year_in_progress_is_marked_incomplete_and_is_not_the_default()
    {
        var thisYear = ReportingPeriod.YearOf(DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var period in new[] { HubSeed.Year, thisYear })
        {
            await factory.Services.GetRequiredService<SnapshotIngestor>().IngestAsync(new IndicatorSnapshotPublished
            {
                Authority = new AuthorityCode("E09000005"), Period = period, CatalogueVersion = IndicatorCatalogue.Version, ComputedAt = DateTimeOffset.UtcNow,
                Values = [new() { Indicator = IndicatorCode.S47, Status = ValueStatus.Available, Value = 400, Numerator = 400, RatePer10000 = 50 }],
            });
        }

        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");
        var byDefault = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=S47"));
        var inProgress = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=S47&period={thisYear.Key}"));

        Assert.Equal($"Section 47 enquiries, {HubSeed.Year.Label}", Html.Heading(byDefault));
        Assert.DoesNotContain("data-testid=\"incomplete-period\"", byDefault, StringComparison.Ordinal);
        Assert.Contains($"{thisYear.Label} (incomplete)</option>", byDefault, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"incomplete-period\"", inProgress, StringComparison.Ordinal);
        Assert.Contains($"{thisYear.Label} is not over: it runs to 31 March {thisYear.ReportingYear + 1}", inProgress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarantined_snapshot_is_listed_with_what_it_would_have_given_away_and_downloads()
    {
        var ingestor = factory.Services.GetRequiredService<SnapshotIngestor>();
        IndicatorSnapshotPublished Referrals(ReportingPeriod period, long? count) => new()
        {
            Authority = new AuthorityCode("E06000041"), Period = period, CatalogueVersion = IndicatorCatalogue.Version, ComputedAt = DateTimeOffset.UtcNow,
            Values = [count is { } n ? new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Available, Value = n, Numerator = n } : new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Suppressed }],
        };
        await ingestor.IngestAsync(Referrals(ReportingPeriod.MonthOf(new DateOnly(2022, 4, 1)), null));
        await ingestor.IngestAsync(Referrals(ReportingPeriod.MonthOf(new DateOnly(2022, 5, 1)), 9));
        await ingestor.IngestAsync(Referrals(ReportingPeriod.QuarterOf(new DateOnly(2022, 4, 1)), 20));
        await Assert.ThrowsAsync<SnapshotRefusedException>(() => ingestor.IngestAsync(Referrals(ReportingPeriod.MonthOf(new DateOnly(2022, 6, 1)), 8)));
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/quarantine"));
        var csv = await lead.GetStringAsync(new Uri($"{Hub}/quarantine?handler=Csv"));

        Assert.Contains("Wokingham", html, StringComparison.Ordinal);
        Assert.Contains("2022-04: referrals starting in the period", html, StringComparison.Ordinal);
        Assert.Contains("E06000041,Wokingham,2022-06,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare?indicator=NOPE", "there is no indicator with that code")]
    [InlineData("/compare?indicator=1", "there is no indicator with that code")]
    [InlineData("/compare?indicator=REF&period=yesterday", "a period looks like 2024-25")]
    [InlineData("/compare?indicator=REF&period=1999-00", "There are no figures for referrals in 1999-00")]
    [InlineData("/compare?indicator=REF&period=nope&handler=Csv", "a period looks like 2024-25")]
    [InlineData("/authorities/E08000036?kind=Fortnight", "Select reporting years, quarters or months")]
    [InlineData("/returns?handler=Data&period=2030-31", "Select a reporting year from the list")]
    public async Task Bad_query_input_gets_the_error_summary_and_a_400_not_an_error_page(string page, string message)
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var response = await lead.GetAsync(new Uri(Hub + page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_the_hub_does_not_know_is_not_found()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(new Uri($"{Hub}/authorities/E06000099"))).StatusCode);
    }

    [Fact]
    public async Task The_comparison_table_downloads_as_csv_with_names_escaped()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var response = await lead.GetAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25&handler=Csv"));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("comparison_cpp_2yr_2024-25.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("time_period,new_la_code,la_name,indicator,percent,numerator,denominator,rank,quartile_band,published_value,neighbours_mean_percent,neighbours_reporting,neighbours_listed,region_others_mean_percent,region_others_reporting,region_others_known,data_quality_flag\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("2024-25,E06000023,\"Bristol, City of\",CPP_2YR,4.0,4,100,", csv, StringComparison.Ordinal);
        Assert.Contains("2024-25,E10000019,Lincolnshire,CPP_2YR,c,c,c,z,z,c,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_downloads_a_reporting_years_return_and_its_metadata()
    {
        var analyst = await factory.SignedIn($"{Hub}/me", "analyst@hub");

        var data = await analyst.GetAsync(new Uri($"{Hub}/returns?handler=Data&period=2024-25"));
        var metadata = await analyst.GetAsync(new Uri($"{Hub}/returns?handler=Metadata&period=2024-25"));

        Assert.Equal("consortium_indicators_2025.csv", data.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.StartsWith("time_period,time_identifier,geographic_level,country_code,country_name,", await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\r\n", await metadata.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authoritys_view_shows_each_fact_once_its_long_trend_with_flags_and_its_published_neighbours()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = await lead.GetStringAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear"));

        Assert.Equal("Wakefield", Html.Heading(html));
        Assert.Contains("data-testid=\"long-trend-table\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"published-neighbours-table\"", html, StringComparison.Ordinal);
        // Published 46.1% to 67.6% (2015-16) and back to 26.8% (2016-17); shared 46.1% to 67.6% (2024-25): each flagged once.
        Assert.Equal(3, Regex.Count(html, "data-testid=\"quality-flag\""));
        // The older sections repeated these figures: the hub's trend, the published table, every indicator's latest period and the neighbours as listed in authorities.csv.
        Assert.DoesNotContain("data-testid=\"trend-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"published-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"latest-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"neighbours-known\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Statistical neighbours</dt>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TrendCsv")]
    [InlineData("LatestCsv")]
    [InlineData("PublishedCsv")]
    [InlineData("NoSuchTable")]
    public async Task A_download_of_a_table_the_authority_view_does_not_have_is_not_found(string handler)
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var response = await lead.GetAsync(new Uri($"{Hub}/authorities/E08000036?indicator=REREF12&kind=ReportingYear&handler={handler}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_hub_database_is_part_of_readiness() =>
        Assert.Equal(HttpStatusCode.OK, await Hosting.ReadinessProbe.Within(factory.Client(), HttpStatusCode.OK));
}
