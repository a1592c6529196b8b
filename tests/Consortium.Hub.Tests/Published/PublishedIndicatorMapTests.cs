using Consortium.Contracts.Catalogue;
using Consortium.Hub.Published;

namespace Consortium.Hub.Tests.Published;

public sealed class PublishedIndicatorMapTests(LoadedPublishedStore loaded) : IClassFixture<LoadedPublishedStore>
{
    [Fact]
    public void Every_catalogue_indicator_says_whether_it_is_published_and_how_closely()
    {
        foreach (var indicator in IndicatorCatalogue.All)
        {
            var mapping = PublishedIndicatorMap.For(indicator.Code);
            Assert.False(string.IsNullOrWhiteSpace(mapping.Why));
            if (mapping.Match == PublishedMatch.NotPublished)
            {
                Assert.Null(mapping.Series);
                continue;
            }

            Assert.True(loaded.Set.HasIndicator(mapping.Series!), mapping.Series);
            Assert.True(mapping.RateSeries is null || loaded.Set.HasIndicator(mapping.RateSeries), mapping.RateSeries);
        }
    }

    [Theory]
    [InlineData(IndicatorCode.REREF12, PublishedMatch.Same, "rereferrals_within_12_months_percent")]
    [InlineData(IndicatorCode.CPP_START, PublishedMatch.Same, "cpp_starting")]
    [InlineData(IndicatorCode.CPP_2YR, PublishedMatch.Close, "cpp_at_31_march_2_years_or_more_percent")]
    [InlineData(IndicatorCode.ICPC15, PublishedMatch.Close, "icpc_within_15_days_percent")]
    [InlineData(IndicatorCode.ASMT45, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.SOS_MAPPED, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.QA_AUDIT_GOOD, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.QA_AUDIT_GRADE4, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.SOS_GOALS, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.SOS_CHILD_VIEW, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.WF_TRAINED, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.WF_LEADERS, PublishedMatch.NotPublished, null)]
    [InlineData(IndicatorCode.WF_TURNOVER, PublishedMatch.Same, "sw_turnover_rate_headcount")]
    [InlineData(IndicatorCode.WF_AGENCY, PublishedMatch.Same, "sw_agency_rate_headcount")]
    public void Indicators_map_to_the_Departments_series(IndicatorCode code, PublishedMatch match, string? series)
    {
        var mapping = PublishedIndicatorMap.For(code);
        Assert.Equal(match, mapping.Match);
        Assert.Equal(series, mapping.Series);
    }
}
