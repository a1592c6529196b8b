using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Hub;

/// <summary>Figures an authority computed from synthetic (demo) records are marked as such on every hub page; real ones are not.</summary>
public sealed class SyntheticFiguresPageTests
{
    private const string Hub = "http://hub.localhost";

    private static Task IngestAsync(IServiceProvider services, string code, bool synthetic) =>
        services.GetRequiredService<SnapshotIngestor>().IngestAsync(new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode(code),
            Period = ReportingPeriod.Year(2024),
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = DateTimeOffset.UtcNow,
            Values = [new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Available, Value = 2000, RatePer10000 = 300 }],
            FromSyntheticRecords = synthetic,
        });

    [Fact]
    public async Task Only_the_authorities_whose_shared_figures_come_from_synthetic_records_are_named_as_synthetic_on_hub_pages()
    {
        using var factory = new ConsortiumWebFactory();
        factory.Client();
        var lead = await factory.SignedIn($"{Hub}/me", "lead@hub");
        var before = await lead.GetStringAsync(new Uri($"{Hub}/authorities"));

        await IngestAsync(factory.Services, "E08000036", synthetic: true);
        await IngestAsync(factory.Services, "E09000005", synthetic: false);
        await Task.Delay(TimeSpan.FromSeconds(6));
        var compare = await lead.GetStringAsync(new Uri($"{Hub}/compare?indicator=REF&period=2024-25"));
        var authorities = await lead.GetStringAsync(new Uri($"{Hub}/authorities"));

        Assert.DoesNotContain("data-testid=\"synthetic-figures\"", before, StringComparison.Ordinal);
        foreach (var page in new[] { compare, authorities })
        {
            var warning = page[page.IndexOf("data-testid=\"synthetic-figures\"", StringComparison.Ordinal)..];
            warning = warning[..warning.IndexOf("</div>", StringComparison.Ordinal)];
            Assert.Contains("Wakefield are made from synthetic demo records", warning, StringComparison.Ordinal);
            Assert.DoesNotContain("Brent", warning, StringComparison.Ordinal);
        }
    }
}
