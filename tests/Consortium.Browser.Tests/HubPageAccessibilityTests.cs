using Consortium.Web.Tests;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>Every kind of hub page, with figures in it, as a consortium lead sees it in Chromium: no accessibility violations.</summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class HubPageAccessibilityTests(BrowserFixture fixture)
{
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    private async Task SeedOnce()
    {
        await Seeded.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await HubSeed.TwoYearsAsync(fixture.Services);
                _seeded = true;
            }
        }
        finally
        {
            Seeded.Release();
        }
    }

    private async Task<IPage> SignedInLead()
    {
        await SeedOnce();
        return await fixture.SignedInPage("hub.localhost", "lead@hub", "/me");
    }

    [Theory]
    [InlineData("/", "Consortium hub")]
    [InlineData("/compare?indicator=REREF12&period=2024-25", "Re-referrals within 12 months, 2024-25")]
    [InlineData("/compare?indicator=CPP_2YR&period=2024-25", "Plans ending that lasted 2 years or more, 2024-25")]
    [InlineData("/compare?indicator=REF&period=2024-25", "Referrals, 2024-25")]
    [InlineData("/authorities", "Authorities")]
    [InlineData("/authorities/E08000036?indicator=REREF12&kind=ReportingYear", "Wakefield")]
    [InlineData("/authorities/E10000019?indicator=REF&kind=ReportingYear", "Lincolnshire")]
    [InlineData("/authorities/E08000036?indicator=CPP_2YR&kind=Month&year=2015-16", "Wakefield")]
    [InlineData("/trends?indicator=REREF12", "Re-referrals within 12 months: trends of the members")]
    [InlineData("/trends?indicator=REF&kind=Quarter", "Referrals: trends of the members")]
    [InlineData("/trends?indicator=NOPE", "Referrals: trends of the members")]
    [InlineData("/authorities/E08000036?indicator=REREF12&year=nope", "Wakefield")]
    [InlineData("/returns", "Returns to the Department")]
    [InlineData("/impact", "The consortium against comparison authorities")]
    [InlineData("/impact/report?period=2024-25", "Signs of Safety: the consortium's report to the overview and scrutiny committees, 2024-25")]
    [InlineData("/quarantine", "Quarantined snapshots")]
    [InlineData("/compare?indicator=NOPE", "Compare authorities")]
    public async Task A_hub_page_has_no_accessibility_violations(string path, string heading)
    {
        var page = await SignedInLead();

        await page.GotoAsync(fixture.Url("hub.localhost", path));

        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoViolations(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var name = "hub" + string.Concat(path.Split('?')[0].Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{heading.Length}.png"), FullPage = true });
    }

    [Fact]
    public async Task The_long_trend_charts_legend_and_marks_are_drawn_inside_the_chart()
    {
        var page = await SignedInLead();
        await page.GotoAsync(fixture.Url("hub.localhost", "/authorities/E08000036?indicator=REREF12&kind=ReportingYear"));

        var chart = page.GetByTestId("timeline-chart");
        var texts = await chart.Locator("text").AllAsync();
        Assert.Contains("Statistical neighbours, published mean", await chart.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await chart.GetByTestId("published-ends").CountAsync());
        foreach (var text in texts)
        {
            var inside = await text.EvaluateAsync<bool>("t => { const b = t.getBBox(), v = t.ownerSVGElement.viewBox.baseVal; return b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width && b.y + b.height <= v.height; }");
            Assert.True(inside, $"\"{await text.TextContentAsync()}\" is outside the chart");
        }
    }

    [Fact]
    public async Task The_explanation_of_a_suppressed_value_opens_and_stays_accessible()
    {
        var page = await SignedInLead();
        await page.GotoAsync(fixture.Url("hub.localhost", "/compare?indicator=CPP_2YR&period=2024-25"));

        await page.GetByText("What c, x and z mean").ClickAsync();

        Assert.Contains("disclosure threshold", await page.GetByTestId("symbols").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("c", (await page.Locator("tr[data-authority='E10000019'] [data-testid='value']").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolations(page);
    }
}
