using System.Globalization;
using Consortium.Evaluation;
using Consortium.Hub.Evaluation;
using Consortium.Hub.Published;
using Xunit.Abstractions;

namespace Consortium.Hub.Tests.Evaluation;

/// <summary>The consortium-wide comparison on the published figures shipped with the build.</summary>
public sealed class ConsortiumImpactTests(ITestOutputHelper output)
{
    private static readonly Lazy<PublishedSet> Set = new(() =>
    {
        var files = PublishedFiles.Shipped();
        return new PublishedSet(files.Values(), files.Areas(), files.Population(), files.Neighbours());
    });

    // The ten members (authorities.csv).
    private static readonly string[] Members =
    [
        "E09000005", "E06000023", "E10000018", "E10000019", "E10000020", "E10000029", "E09000030", "E08000036", "E10000032", "E06000041",
    ];

    private static readonly string[] MemberOldCodes = ["304", "801", "855", "925", "926", "935", "211", "384", "938", "872"];

    [Fact]
    public void The_comparison_group_is_the_union_of_the_members_neighbours_that_are_not_members()
    {
        var group = ConsortiumImpact.ComparisonGroup(Set.Value, Members);

        Assert.Equal(group.Count, group.Select(a => a.Code).Distinct().Count());
        Assert.DoesNotContain(group, a => Members.Contains(a.Code));
        // Members that are someone's neighbour stay out: Lincolnshire (Wakefield's, Norfolk's, Suffolk's), Brent (Tower Hamlets').
        Assert.DoesNotContain(group, a => a.Name is "Lincolnshire" or "Norfolk" or "Suffolk" or "Brent" or "West Sussex");
        Assert.Contains(group, a => a.Name == "Gloucestershire");
        Assert.Equal(Oracle.ComparisonOldCodes().Count, group.Count);
    }

    [Theory]
    [InlineData("rereferrals_within_12_months_percent")]
    [InlineData("cpp_second_or_subsequent_percent")]
    [InlineData("cin_rate_per_10k")]
    public void The_estimate_matches_an_independent_reading_of_the_published_file(string series)
    {
        var indicator = ConsortiumImpact.Indicators.Single(i => i.Series == series);

        var comparison = ConsortiumImpact.Compare(Set.Value, Members, indicator);
        var result = comparison.Result;

        // The oracle reads la_indicators.csv directly, keyed by the Department's 3-digit code (stable across ONS recodes).
        var expectedMembers = Oracle.Group(MemberOldCodes, series);
        var expectedComparison = Oracle.Group(Oracle.ComparisonOldCodes(), series);
        Assert.Equal(expectedMembers.Before, result.Treated.Before!.Value, 1e-9);
        Assert.Equal(expectedMembers.After, result.Treated.After!.Value, 1e-9);
        Assert.Equal(expectedComparison.Before, result.Comparison.Before!.Value, 1e-9);
        Assert.Equal(expectedComparison.After, result.Comparison.After!.Value, 1e-9);
        Assert.Equal(expectedComparison.LeftOutBefore, result.Comparison.LeftOutBefore);
        Assert.Equal(expectedComparison.LeftOutAfter, result.Comparison.LeftOutAfter);
        Assert.Equal(expectedMembers.LeftOutBefore + expectedMembers.LeftOutAfter, result.Treated.LeftOutBefore + result.Treated.LeftOutAfter);
        Assert.Equal(10, result.Treated.Units.Count);

        var did = (expectedMembers.After - expectedMembers.Before) - (expectedComparison.After - expectedComparison.Before);
        Assert.Equal(did, result.Estimate!.Value, 1e-9);
        Assert.True(result.Interval!.Lower <= did && did <= result.Interval.Upper);
        Assert.Equal(result.Interval.SpansZero, result.Sentence.Contains("No clear change", StringComparison.Ordinal));
        Assert.Equal(result.Interval, ConsortiumImpact.Compare(Set.Value, Members, indicator).Result.Interval);
    }

    [Fact]
    public void Authorities_formed_after_the_before_window_are_left_out_of_it_and_counted()
    {
        // Bournemouth, Christchurch and Poole (Bristol's neighbour) has rows from 2020 and North Northamptonshire
        // (Lincolnshire's and Suffolk's) from 2022: neither has a value in 2013-2014 or 2017-2019.
        var result = ConsortiumImpact.Compare(Set.Value, Members, ConsortiumImpact.Indicators[1]).Result;

        Assert.Contains(result.Comparison.Units, u => u.Name == "North Northamptonshire" && u.Before is null && u.After is null);
        Assert.Contains(result.Comparison.Units, u => u.Name.StartsWith("Bournemouth", StringComparison.Ordinal) && u.Before is null);
        Assert.True(result.Comparison.LeftOutBefore >= 2);
        Assert.Contains($"left out for want of a value: {result.Comparison.LeftOutBefore} before", result.Sentence);
    }

    [Fact]
    public void The_yearly_means_for_the_chart_count_the_authorities_with_a_value()
    {
        var comparison = ConsortiumImpact.Compare(Set.Value, Members, ConsortiumImpact.Indicators[0]);

        // Norfolk's 2013 re-referral percentage is published as 'x': nine members have a value that year.
        var y2013 = comparison.Years.Single(y => y.Year == 2013);
        Assert.Null(Oracle.Value("926", "rereferrals_within_12_months_percent", 2013));
        Assert.Equal(9, y2013.MembersWithValue);
        var expected = MemberOldCodes.Select(c => Oracle.Value(c, "rereferrals_within_12_months_percent", 2013)).OfType<double>().Average();
        Assert.Equal(expected, y2013.Members!.Value, 1e-9);
    }

    [Fact]
    public void Writes_the_results_the_readme_gives()
    {
        foreach (var indicator in ConsortiumImpact.Indicators)
        {
            var r = ConsortiumImpact.Compare(Set.Value, Members, indicator).Result;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {indicator.Label} | {r.Treated.Before:0.0} → {r.Treated.After:0.0} ({r.Treated.LeftOutBefore}/{r.Treated.LeftOutAfter} left out) | {r.Comparison.Before:0.0} → {r.Comparison.After:0.0} ({r.Comparison.Units.Count} authorities; {r.Comparison.LeftOutBefore}/{r.Comparison.LeftOutAfter} left out) | {r.Estimate:+0.00;-0.00} | {r.Interval!.Lower:0.00} to {r.Interval.Upper:0.00} |"));
            output.WriteLine(r.Sentence);
            Assert.False(string.IsNullOrWhiteSpace(r.Sentence));
        }
    }

    /// <summary>A second reading of the shipped files, by 3-digit code, sharing nothing with the hub's loader but the stream.</summary>
    private static class Oracle
    {
        private static readonly Lazy<List<string[]>> Rows = new(() => Read("la_indicators.csv"));

        private static List<string[]> Read(string name)
        {
            using var reader = new StreamReader(PublishedFiles.OpenShipped(name));
            var rows = new List<string[]>();
            _ = reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                // Names with commas are quoted; the fields used here (year, level, old code, indicator, value) are not.
                var fields = line.Split(',');
                rows.Add(fields);
            }

            return rows;
        }

        public static List<string> ComparisonOldCodes()
        {
            var neighbours = Read("statistical_neighbours.csv");
            // Columns: new_la_code, la_name, rank, neighbour_new_la_code, neighbour_la_name, old_la_code, neighbour_old_la_code, closeness
            // (names may be quoted with commas, so read the codes from the end).
            return [.. neighbours
                .Where(f => MemberOldCodes.Contains(f[^3]))
                .Select(f => f[^2])
                .Where(c => !MemberOldCodes.Contains(c))
                .Distinct()];
        }

        public static double? Value(string oldCode, string series, int year)
        {
            var row = Rows.Value.FirstOrDefault(f => f[0] == year.ToString(CultureInfo.InvariantCulture) && f[1] == "Local authority"
                && f[3] == oldCode && f[^3] == series);
            return row is not null && double.TryParse(row[^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        public static (double Before, double After, int LeftOutBefore, int LeftOutAfter) Group(IReadOnlyCollection<string> oldCodes, string series)
        {
            double? Mean(string code, int from, int to)
            {
                var values = Enumerable.Range(from, to - from + 1).Select(y => Value(code, series, y)).OfType<double>().ToList();
                return values.Count == 0 ? null : values.Average();
            }

            var before = oldCodes.Select(c => Mean(c, 2013, 2014)).ToList();
            var after = oldCodes.Select(c => Mean(c, 2017, 2019)).ToList();
            return (before.OfType<double>().Average(), after.OfType<double>().Average(),
                before.Count(v => v is null), after.Count(v => v is null));
        }
    }
}
