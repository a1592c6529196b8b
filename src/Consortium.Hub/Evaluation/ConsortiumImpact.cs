using Consortium.Evaluation;
using Consortium.Hub.Published;

namespace Consortium.Hub.Evaluation;

/// <summary>An indicator the consortium-wide comparison is made for: the published series, and how to word it.</summary>
public sealed record ImpactIndicator(string Series, string Label, Quantity Quantity);

/// <summary>One year of the two groups' means (each authority weighted equally, those with a value that year).</summary>
public sealed record ImpactYear(int Year, double? Members, int MembersWithValue, double? Comparison, int ComparisonWithValue);

/// <summary>The comparison for one indicator: the difference in differences, and the year-by-year means for the chart and table.</summary>
public sealed record ImpactComparison(
    ImpactIndicator Indicator,
    DifferenceInDifferencesResult Result,
    IReadOnlyList<ImpactYear> Years);

/// <summary>
/// The consortium as a whole against the union of its members' statistical neighbours (the Department's 2025 model) that
/// are not members, on the published annual figures. Each authority is weighted equally; an authority's value in a window
/// is the mean of the years it has there; an authority with no value in a window is left out of that window and counted.
/// The interval is a seeded bootstrap over the comparison authorities (<see cref="DifferenceInDifferences"/>).
/// </summary>
public static class ConsortiumImpact
{
    /// <summary>Years ending 31 March 2013 and 2014: before the programme began in autumn 2014.</summary>
    public static readonly Window DefaultBefore = new(2013, 2014);

    /// <summary>
    /// Years ending 31 March 2017 to 2019: after the two-year implementation trajectory (2014-16) and before the pandemic.
    /// Wakefield's outlying re-referral percentages (2015, 2016) fall in neither default window.
    /// </summary>
    public static readonly Window DefaultAfter = new(2017, 2019);

    public static IReadOnlyList<ImpactIndicator> Indicators { get; } =
    [
        new("rereferrals_within_12_months_percent", "Re-referrals within 12 months (%)", new Quantity("re-referrals within 12 months", "percentage points")),
        new("cpp_second_or_subsequent_percent", "Second or subsequent child protection plans (%)", new Quantity("repeat child protection plans", "percentage points")),
        new("cin_rate_per_10k", "Children in need at 31 March, rate per 10,000 children", new Quantity("children in need per 10,000 children", "per 10,000")),
    ];

    /// <summary>The comparison authorities: every member's published neighbours, without the members, each once, by name.</summary>
    public static IReadOnlyList<PublishedAuthority> ComparisonGroup(PublishedSet published, IReadOnlyCollection<string> memberCodes)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(memberCodes);
        var codes = memberCodes
            .SelectMany(m => published.NeighboursOf(m).Select(n => n.Code))
            .Where(c => !memberCodes.Contains(c))
            .ToHashSet(StringComparer.Ordinal);
        return [.. published.Authorities.Where(a => codes.Contains(a.Code))];
    }

    public static ImpactComparison Compare(
        PublishedSet published,
        IReadOnlyCollection<string> memberCodes,
        ImpactIndicator indicator,
        Window? before = null,
        Window? after = null,
        int seed = DifferenceInDifferences.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(indicator);
        var members = published.Authorities.Where(a => memberCodes.Contains(a.Code)).ToList();
        var comparison = ComparisonGroup(published, memberCodes);
        var treated = members.Select(a => Unit(published, a, indicator.Series)).ToList();
        var others = comparison.Select(a => Unit(published, a, indicator.Series)).ToList();
        var result = DifferenceInDifferences.Estimate(treated, others, before ?? DefaultBefore, after ?? DefaultAfter,
            indicator.Quantity, seed: seed);
        var years = published.Years.Select(y => Year(y, treated, others)).Where(y => y.MembersWithValue + y.ComparisonWithValue > 0).ToList();
        return new ImpactComparison(indicator, result, years);
    }

    private static Unit Unit(PublishedSet published, PublishedAuthority authority, string series) =>
        new(authority.Name, [.. published.Trend(authority.Code, series).Points
            .Where(p => p.Number is not null)
            .Select(p => new Observation(p.Year, (double)p.Number!.Value))]);

    private static ImpactYear Year(int year, IReadOnlyList<Unit> members, IReadOnlyList<Unit> comparison)
    {
        static double[] In(IReadOnlyList<Unit> units, int year) =>
            [.. units.SelectMany(u => u.Series.Where(o => o.Time == year).Select(o => o.Value))];
        var m = In(members, year);
        var c = In(comparison, year);
        return new ImpactYear(year, m.Length == 0 ? null : m.Average(), m.Length, c.Length == 0 ? null : c.Average(), c.Length);
    }
}
