using System.Text.RegularExpressions;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>The hub's pages keep what they drew for the same request only until a snapshot changes the figures.</summary>
public sealed class HubPageFreshnessTests
{
    private const string Hub = "http://hub.localhost";

    [Fact]
    public async Task A_snapshot_received_after_a_page_was_drawn_shows_on_the_next_request_of_the_comparison_the_authority_view_and_the_trends()
    {
        using var factory = new ConsortiumWebFactory();
        factory.Client();
        await HubSeed.TwoYearsAsync(factory.Services);
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");
        string[] pages =
        [
            "/compare?indicator=REREF12&period=2024-25",
            "/authorities/E08000036?indicator=REREF12&kind=ReportingYear",
            "/trends?indicator=REREF12&kind=ReportingYear",
        ];
        foreach (var page in pages)
        {
            Assert.DoesNotContain("55.5%", await lead.GetStringAsync(new Uri(Hub + page)), StringComparison.Ordinal);
        }

        await factory.Services.GetRequiredService<SnapshotIngestor>().IngestAsync(new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode("E08000036"),
            Period = HubSeed.Year,
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = new DateTimeOffset(2025, 5, 2, 12, 0, 0, TimeSpan.Zero),
            Values = [new() { Indicator = IndicatorCode.REREF12, Status = ValueStatus.Available, Value = 55.5m, Numerator = 555, Denominator = 1000 }],
        });

        foreach (var page in pages)
        {
            var html = Regex.Replace(await lead.GetStringAsync(new Uri(Hub + page)), "\\s+", " ");
            Assert.True(html.Contains("55.5%", StringComparison.Ordinal), $"{page} does not show the new figure");
        }
    }
}
