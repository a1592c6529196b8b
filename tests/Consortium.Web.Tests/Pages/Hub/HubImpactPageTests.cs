using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>The consortium-wide comparison page on the published figures: chart beside table, sentences, CSV.</summary>
public sealed class HubImpactPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_page_shows_each_indicator_with_a_chart_a_table_and_a_sentence_no_more_certain_than_its_interval()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        // Razor encodes "+" as &#x2B;: read the text as shown.
        var html = WebUtility.HtmlDecode(await lead.GetStringAsync(new Uri($"{Hub}/impact")));

        Assert.Equal(3, Regex.Count(html, "data-testid=\"impact-table\""));
        Assert.Equal(3, Regex.Count(html, "data-testid=\"line-chart\""));
        Assert.Contains("against the 66 authorities", html, StringComparison.Ordinal);
        // The README's results (seed 20141001): every interval spans zero.
        Assert.Contains("data-testid=\"impact-estimate\">+0.61</dd>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"impact-interval\">-0.93 to 2.14</dd>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "data-testid=\"impact-sentence\">[^<]*No clear change in [^<]* relative to the comparison group"));
        Assert.Contains("href=\"/impact\"", await lead.GetStringAsync(new Uri(Hub + "/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_yearly_means_download_as_csv()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var csv = await lead.GetStringAsync(new Uri($"{Hub}/impact?handler=Csv"));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("indicator,time_period,members_mean,members_with_value,comparison_mean,comparison_with_value", lines[0]);
        // Norfolk's 2013 re-referral percentage is 'x': nine members have a value.
        Assert.Contains(lines, l => l.StartsWith("rereferrals_within_12_months_percent,2013,", StringComparison.Ordinal) && l.Contains(",9,", StringComparison.Ordinal));
        Assert.Equal(1 + (3 * 13), lines.Length);
    }
}
