using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Tests.Published;

public sealed class PublishedLoadingTests(LoadedPublishedStore loaded) : IClassFixture<LoadedPublishedStore>
{
    private const string England = "E92000001";
    private const string Wakefield = "E08000036";
    private const string Norfolk = "E10000020";

    [Fact]
    public async Task Every_row_of_every_file_is_loaded_and_each_year_has_its_rows()
    {
        await using var db = loaded.Store.Db();
        int[] counts = [await db.PublishedValues.CountAsync(), await db.PublishedAreas.CountAsync(), await db.PublishedPopulation.CountAsync(), await db.PublishedNeighbours.CountAsync()];
        Assert.Equal([79090, 167, 2132, 1530], counts);
        var perYear = await db.PublishedValues.GroupBy(v => v.Year).Select(g => new { Year = g.Key, Rows = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Rows);
        int[] expected = [3608, 3608, 3608, 3608, 7194, 7194, 7172, 7150, 7150, 7172, 7194, 7216, 7216];
        Assert.Equal(Enumerable.Range(2013, 13), perYear.Keys.Order());
        Assert.Equal(expected, perYear.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public async Task Symbols_are_kept_as_published_and_carry_no_number()
    {
        await using var db = loaded.Store.Db();
        var symbols = await db.PublishedValues.Where(v => v.Number == null).GroupBy(v => v.Value).Select(g => new { g.Key, Rows = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Rows);
        Assert.Equal(new Dictionary<string, int> { ["c"] = 1917, ["x"] = 326, ["z"] = 102, ["u"] = 86, ["low"] = 12 }, symbols);
    }

    [Theory]
    [InlineData(Wakefield, "rereferrals_within_12_months_percent", 2015, "46.1")]
    [InlineData(Wakefield, "rereferrals_within_12_months_percent", 2016, "67.6")]
    [InlineData(England, "referrals", 2025, "632830")]
    [InlineData(Norfolk, "cpp_starting", 2025, "536")]
    public void Spot_values_match_the_Departments(string area, string indicator, int year, string value)
    {
        var figure = loaded.Set.Value(area, indicator, year);
        Assert.NotNull(figure);
        Assert.Equal(value, figure.Value);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Number);
    }

    [Fact]
    public void A_catalogue_indicator_reads_the_published_series_it_maps_to()
    {
        var figure = loaded.Set.For(Wakefield, IndicatorCode.REREF12, ReportingPeriod.Year(2014));
        Assert.Equal(46.1m, figure!.Value);
        Assert.Equal(632830m, loaded.Set.For(England, IndicatorCode.REF, ReportingPeriod.Year(2024))!.Value);
        Assert.Null(loaded.Set.For(England, IndicatorCode.ASMT45, ReportingPeriod.Year(2024)));
    }

    [Fact]
    public void Every_current_authority_has_ten_neighbours_closest_first_and_its_children()
    {
        Assert.Equal(153, loaded.Set.Authorities.Count);
        Assert.All(loaded.Set.Authorities, a => Assert.Equal(10, loaded.Set.NeighboursOf(a.Code).Count));
        var wakefield = loaded.Set.NeighboursOf(Wakefield);
        Assert.Equal(Enumerable.Range(1, 10), wakefield.Select(n => n.Rank));
        Assert.Equal(12183016, loaded.Set.Children(England, 2024));
    }
}
