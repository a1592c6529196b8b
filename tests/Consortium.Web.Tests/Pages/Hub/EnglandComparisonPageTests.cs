using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>The comparison page against all of England, from the Department's published figures loaded at first start.</summary>
public sealed class EnglandComparisonPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>, IAsyncLifetime
{
    private const string Hub = "http://hub.localhost";

    public async Task InitializeAsync()
    {
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_is_shown_among_every_authority_of_england_with_england_its_region_and_ten_neighbours_with_values()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var html = Regex.Replace(await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REREF12&period=2024-25")), "\\s+", " ");

        Assert.Equal(153, Regex.Count(html, "<tr class=\"govuk-table__row[^\"]*\" data-england-authority="));
        Assert.Equal(10, Regex.Count(html, "data-england-authority=\"[^\"]+\" data-member=\"true\""));
        Assert.Contains("data-testid=\"england-published\">22.6%", html, StringComparison.Ordinal);
        Assert.Matches("data-england-authority=\"E08000036\" data-member=\"true\">.*?data-testid=\"england-published-value\">18.5%", html);
        var wakefield = Regex.Match(html, "<table [^>]*data-testid=\"neighbours-E08000036\">(.*?)</table>").Groups[1].Value;
        Assert.Equal(10, Regex.Count(wakefield, "data-testid=\"neighbour-value\">[0-9]"));
        Assert.Contains("Yorkshire and The Humber", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"neighbours-mean-E08000036\"", html, StringComparison.Ordinal);
        Assert.Contains("10 of 10 neighbours", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_england_table_downloads_as_csv()
    {
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");

        var england = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25&handler=EnglandCsv"));
        var neighbours = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=CPP_2YR&period=2024-25&handler=NeighboursCsv"));

        var lines = england.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_period,new_la_code,la_name,region_name,consortium_member,published_value,compared_value,rank,quartile_band,shared_value", lines[0]);
        Assert.Equal(1 + 153 + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2024-25,E10000019,Lincolnshire,East Midlands,yes,c,", StringComparison.Ordinal));
        Assert.Equal(1 + (10 * 10), neighbours.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
