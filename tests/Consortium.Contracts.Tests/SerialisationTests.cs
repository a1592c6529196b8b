using System.Text.Json;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Contracts.Tests;

public sealed class SerialisationTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_snapshot_round_trips_by_names_not_numbers()
    {
        var snapshot = new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode("E10000020"),
            Period = ReportingPeriod.QuarterOf(new DateOnly(2025, 8, 1)),
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = new DateTimeOffset(2025, 11, 1, 2, 0, 0, TimeSpan.Zero),
            Values =
            [
                new IndicatorValue { Indicator = IndicatorCode.REREF12, Status = ValueStatus.Available, Value = 21.4m, Numerator = 321, Denominator = 1500 },
                new IndicatorValue { Indicator = IndicatorCode.CPP_2YR, Status = ValueStatus.Suppressed },
            ],
        };

        var json = JsonSerializer.Serialize(snapshot, Web);
        var back = JsonSerializer.Deserialize<IndicatorSnapshotPublished>(json, Web)!;

        Assert.Contains("\"E10000020\"", json, StringComparison.Ordinal);
        Assert.Contains("\"REREF12\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Suppressed\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("label", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(snapshot.Period, back.Period);
        Assert.Equal(snapshot.Authority, back.Authority);
        Assert.Equal(snapshot.Values, back.Values);
    }

    [Theory]
    [InlineData("\"Bob Smith\"")]
    [InlineData("\"E1000002\"")]
    [InlineData("\"X10000020\"")]
    public void Anything_but_an_authority_code_is_refused_where_one_belongs(string value) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AuthorityCode>(value, Web));

    [Fact]
    public void A_period_off_its_boundary_is_refused_when_read()
    {
        var ex = Record.Exception(() => JsonSerializer.Deserialize<ReportingPeriod>("{\"kind\":\"ReportingYear\",\"start\":\"2025-01-01\"}", Web));
        Assert.NotNull(ex);
    }

    [Fact]
    public void Every_indicator_code_is_in_the_catalogue_once() =>
        Assert.Equal(Enum.GetValues<IndicatorCode>().Order(), IndicatorCatalogue.All.Select(d => d.Code).Order());
}
