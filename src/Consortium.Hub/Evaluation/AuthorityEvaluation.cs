using Consortium.Contracts.Catalogue;
using Consortium.Evaluation;
using Consortium.Hub.Published;

namespace Consortium.Hub.Evaluation;

/// <summary>An indicator an authority can evaluate on the published figures: its catalogue code, the series compared and how to word it.</summary>
public sealed record EvaluationIndicator(IndicatorCode Code, string Series, string Label, Quantity Quantity);

/// <summary>One published year: the authority's value, its neighbours' mean (and how many had a value), and the fitted lines.</summary>
public sealed record EvaluationYear(int Year, double? Authority, double? Neighbours, int NeighboursWithValue, double? Fitted, double? WithoutChange);

/// <summary>The three evaluations of one indicator for one authority, on the published annual series around its intervention date.</summary>
public sealed record AuthorityEvaluationResult(
    EvaluationIndicator Indicator,
    int InterventionYear,
    BeforeAfterResult BeforeAfter,
    InterruptedTimeSeriesResult TimeSeries,
    DifferenceInDifferencesResult AgainstNeighbours,
    IReadOnlyList<PublishedNeighbour> Neighbours,
    IReadOnlyList<EvaluationYear> Years);

/// <summary>
/// An authority's own evaluation of an indicator on the Department's published annual figures (years ending 31 March):
/// before and after over chosen windows; an interrupted time series with the intervention at the reporting year the practice
/// model was introduced in (that year counts as after); and difference in differences against its ten published
/// statistical neighbours, each weighted equally, with the interval by bootstrap over the neighbours.
/// </summary>
public static class AuthorityEvaluation
{
    /// <summary>Every catalogue indicator with a published series: counts compared as the published rate per 10,000.</summary>
    public static IReadOnlyList<EvaluationIndicator> Indicators { get; } =
    [
        .. IndicatorCatalogue.All
            .Select(d => (Definition: d, Mapping: PublishedIndicatorMap.For(d.Code)))
            .Where(p => p.Mapping.Match != PublishedMatch.NotPublished && (p.Mapping.RateSeries ?? p.Mapping.Series) is not null)
            .Select(p => p.Definition.Unit == IndicatorUnit.Count
                ? new EvaluationIndicator(p.Definition.Code, p.Mapping.RateSeries ?? p.Mapping.Series!, $"{p.Definition.Name}, rate per 10,000 children",
                    new Quantity($"{p.Definition.Name.ToLowerInvariant()} per 10,000 children", "per 10,000"))
                : new EvaluationIndicator(p.Definition.Code, p.Mapping.Series!, $"{p.Definition.Name} (%)",
                    new Quantity(p.Definition.Name.ToLowerInvariant(), "percentage points")))
    ];

    public static EvaluationIndicator? Find(string? code) => Indicators.FirstOrDefault(i => string.Equals(i.Code.ToString(), code, StringComparison.Ordinal));

    /// <summary>The year ending 31 March that a day falls in (1 October 2014 is in the year ending 31 March 2015).</summary>
    public static int YearEnding(DateOnly day) => day.Month >= 4 ? day.Year + 1 : day.Year;

    public static AuthorityEvaluationResult Evaluate(
        PublishedSet published, string areaCode, EvaluationIndicator indicator, DateOnly introducedOn, Window before, Window after,
        int seed = DifferenceInDifferences.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(indicator);
        var own = Unit(published, areaCode, areaCode, indicator.Series);
        var neighbours = published.NeighboursOf(areaCode);
        var others = neighbours.Select(n => Unit(published, n.Code, n.Name, indicator.Series)).ToList();
        var intervention = YearEnding(introducedOn);
        var beforeAfter = BeforeAfter.Compare(own.Series, before, after, indicator.Quantity);
        var series = InterruptedTimeSeries.Fit(own.Series, intervention, indicator.Quantity);
        var against = DifferenceInDifferences.Estimate([own], others, before, after, indicator.Quantity, seed: seed);
        var years = published.Years.Select(year =>
        {
            var value = own.Series.Where(o => o.Time == year).Select(o => (double?)o.Value).FirstOrDefault();
            var theirs = others.SelectMany(u => u.Series.Where(o => o.Time == year).Select(o => o.Value)).ToList();
            return new EvaluationYear(year, value, theirs.Count == 0 ? null : theirs.Average(), theirs.Count,
                value is null ? null : series.Predict(year), value is null || year < intervention ? null : series.Counterfactual(year));
        }).Where(y => y.Authority is not null || y.NeighboursWithValue > 0).ToList();
        return new AuthorityEvaluationResult(indicator, intervention, beforeAfter, series, against, neighbours, years);
    }

    private static Unit Unit(PublishedSet published, string code, string name, string series) =>
        new(name, [.. published.Trend(code, series).Points
            .Where(p => p.Number is not null)
            .Select(p => new Observation(p.Year, (double)p.Number!.Value))]);
}
