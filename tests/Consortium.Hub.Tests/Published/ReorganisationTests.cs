using Consortium.Hub.Published;

namespace Consortium.Hub.Tests.Published;

public sealed class ReorganisationTests(LoadedPublishedStore loaded) : IClassFixture<LoadedPublishedStore>
{
    private const string Referrals = "referrals";

    [Fact]
    public void A_new_ons_code_for_the_same_authority_continues_its_series_unbroken()
    {
        var buckinghamshire = loaded.Set.Trend("E06000060", Referrals);

        Assert.Equal(Enumerable.Range(2013, 13), buckinghamshire.Points.Select(p => p.Year));
        Assert.Contains(buckinghamshire.Points, p => p.AreaCode == "E10000002");
        Assert.Empty(buckinghamshire.Predecessors);
        Assert.Null(buckinghamshire.FirstYearAfterBreak);
        Assert.Equal("E06000060", loaded.Set.CurrentCodesOf("E10000002").Single());
    }

    [Fact]
    public void Section_47_figures_published_under_gateshead_and_northumberlands_older_codes_join_their_series()
    {
        Assert.Equal(13, loaded.Set.Trend("E08000037", "s47_enquiries").Points.Count);
        Assert.Equal(13, loaded.Set.Trend("E06000057", "s47_enquiries").Points.Count);
    }

    [Theory]
    [InlineData("E06000059", 2020, "E10000009")]
    [InlineData("E06000058", 2020, "E06000028;E06000029")]
    [InlineData("E06000061", 2022, "E10000021")]
    [InlineData("E06000062", 2022, "E10000021")]
    [InlineData("E06000063", 2024, "E10000006")]
    [InlineData("E06000064", 2024, "E10000006")]
    public void A_reorganised_authority_starts_its_series_after_a_marked_break_with_its_predecessors_beside_it(string code, int firstYear, string predecessors)
    {
        var trend = loaded.Set.Trend(code, Referrals);

        Assert.Equal(firstYear, trend.Points[0].Year);
        Assert.Equal(2025, trend.Points[^1].Year);
        Assert.Equal(firstYear, trend.FirstYearAfterBreak);
        Assert.Equal(predecessors.Split(';'), trend.Predecessors.Select(p => p.Code).Order());
        Assert.All(trend.Predecessors, p =>
        {
            Assert.Equal(2013, p.Points[0].Year);
            Assert.Equal(firstYear - 1, p.Points[^1].Year);
        });
        Assert.Contains(code, loaded.Set.CurrentCodesOf(predecessors.Split(';')[0]));
    }

    [Fact]
    public void A_former_authority_has_no_rates_where_the_population_is_not_published_on_its_boundaries()
    {
        var dorsetCounty = loaded.Set.Trend("E06000059", "referrals_rate_per_10k").Predecessors.Single();
        Assert.All(dorsetCounty.Points, p => Assert.Equal("x", p.Value));
    }
}
