using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Consortium.Browser.Tests;

/// <summary>The hub's warning that an authority's figures come from synthetic records, as a lead sees it in Chromium.</summary>
[Collection(BrowserTestGroup.Name)]
[Trait("Needs", "Browser")]
public sealed class SyntheticFiguresAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_synthetic_figures_warning_is_shown_and_has_no_accessibility_violations()
    {
        await fixture.Services.GetRequiredService<SnapshotIngestor>().IngestAsync(new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode("E06000041"),
            Period = ReportingPeriod.Year(2023),
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = DateTimeOffset.UtcNow,
            Values = [new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Available, Value = 1800, RatePer10000 = 400 }],
            FromSyntheticRecords = true,
        });
        var page = await fixture.SignedInPage("hub.localhost", "lead@hub", "/me");

        // The hub keeps the list for a few seconds, so a page another test opened just before may still be without it.
        for (var tries = 0; tries < 8; tries++)
        {
            await page.GotoAsync(fixture.Url("hub.localhost", "/authorities"));
            if (await page.GetByTestId("synthetic-figures").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Contains("Wokingham", await page.GetByTestId("synthetic-figures").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolations(page);
    }
}
