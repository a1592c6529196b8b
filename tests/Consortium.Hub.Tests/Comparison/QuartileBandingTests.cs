using Consortium.Contracts.Catalogue;
using Consortium.Hub.Comparison;

namespace Consortium.Hub.Tests.Comparison;

public sealed class QuartileBandingTests
{
    private static (string Key, decimal Value)[] Values(params decimal[] values) =>
        [.. values.Select((v, i) => ($"LA{i + 1}", v))];

    [Fact]
    public void Higher_is_better_for_high_polarity_and_band_a_is_the_best_quarter()
    {
        var ranks = QuartileBanding.Rank(Values(10, 20, 30, 40, 50, 60, 70, 80), Polarity.High);

        Assert.Equal(new RankAndBand(1, 'A'), ranks["LA8"]);
        Assert.Equal(new RankAndBand(2, 'A'), ranks["LA7"]);
        Assert.Equal(new RankAndBand(3, 'B'), ranks["LA6"]);
        Assert.Equal(new RankAndBand(8, 'D'), ranks["LA1"]);
    }

    [Fact]
    public void Lower_is_better_for_low_polarity()
    {
        var ranks = QuartileBanding.Rank(Values(10, 20, 30, 40, 50, 60, 70, 80), Polarity.Low);

        Assert.Equal(new RankAndBand(1, 'A'), ranks["LA1"]);
        Assert.Equal(new RankAndBand(8, 'D'), ranks["LA8"]);
    }

    [Fact]
    public void No_polarity_means_no_rank_and_no_band() =>
        Assert.Empty(QuartileBanding.Rank(Values(10, 20, 30), Polarity.None));

    [Fact]
    public void Ties_share_the_lower_rank_and_the_next_rank_is_skipped()
    {
        var ranks = QuartileBanding.Rank(Values(90, 80, 80, 70, 60, 50, 40, 30), Polarity.High);

        Assert.Equal(1, ranks["LA1"].Rank);
        Assert.Equal(2, ranks["LA2"].Rank);
        Assert.Equal(2, ranks["LA3"].Rank);
        Assert.Equal(4, ranks["LA4"].Rank);
        Assert.Equal(ranks["LA2"].Band, ranks["LA3"].Band);
    }

    [Fact]
    public void Ten_authorities_split_into_bands_by_rank()
    {
        var bands = Enumerable.Range(1, 10).Select(rank => QuartileBanding.Band(rank, 10));

        Assert.Equal("AAABBCCCDD", string.Concat(bands));
    }

    [Fact]
    public void One_authority_is_band_a() => Assert.Equal('A', QuartileBanding.Band(1, 1));
}

public sealed class MedianTests
{
    [Fact]
    public void An_odd_count_takes_the_middle_value() => Assert.Equal(30m, Median.Of([50, 10, 30]));

    [Fact]
    public void An_even_count_takes_the_mean_of_the_two_middle_values() => Assert.Equal(25m, Median.Of([40, 10, 20, 30]));

    [Fact]
    public void No_values_have_no_median() => Assert.Null(Median.Of([]));
}
