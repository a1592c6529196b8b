using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests;

/// <summary>Puts snapshots into the hub store through its ingestor, as the consumer would: the authorities' side is not needed.</summary>
internal static class HubSeed
{
    public static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    public static async Task TwoYearsAsync(IServiceProvider services)
    {
        var ingestor = services.GetRequiredService<SnapshotIngestor>();
        var computedAt = new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var codes = new[] { "E09000005", "E06000023", "E10000018", "E10000019", "E10000020", "E10000029", "E09000030", "E08000036", "E10000032", "E06000041" };
        for (var i = 0; i < codes.Length; i++)
        {
            var wakefield = codes[i] == "E08000036";
            foreach (var (period, shift) in new[] { (Year.Previous(), 0m), (Year, 1m) })
            {
                IndicatorValue[] values =
                [
                    new() { Indicator = IndicatorCode.REF, Status = ValueStatus.Available, Value = 2000 + (i * 100), RatePer10000 = 300 + i },
                    wakefield
                        ? new() { Indicator = IndicatorCode.REREF12, Status = ValueStatus.Available, Value = shift == 0 ? 46.1m : 67.6m, Numerator = shift == 0 ? 461 : 676, Denominator = 1000 }
                        : new() { Indicator = IndicatorCode.REREF12, Status = ValueStatus.Available, Value = 15 + i + shift, Numerator = 150 + (i * 10), Denominator = 1000 },
                    i == 3
                        ? new() { Indicator = IndicatorCode.CPP_2YR, Status = ValueStatus.Suppressed }
                        : new() { Indicator = IndicatorCode.CPP_2YR, Status = ValueStatus.Available, Value = 3 + i, Numerator = 3 + i, Denominator = 100 },
                    new() { Indicator = IndicatorCode.ASMT_MEDIAN, Status = ValueStatus.Available, Value = 30 + i, LowerQuartile = 20, UpperQuartile = 40 + i },
                ];
                await ingestor.IngestAsync(new IndicatorSnapshotPublished
                {
                    Authority = new AuthorityCode(codes[i]),
                    Period = period,
                    CatalogueVersion = IndicatorCatalogue.Version,
                    ComputedAt = computedAt,
                    Values = values,
                });
            }
        }
    }
}
