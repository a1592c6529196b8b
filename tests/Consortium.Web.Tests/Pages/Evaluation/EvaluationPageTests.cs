using System.Globalization;
using System.Net;
using Consortium.Hub.Published;
using Consortium.Practice.Programme;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Evaluation;

/// <summary>
/// An authority's own evaluation of an indicator on the published figures, checked against a second reading of the shipped
/// files by the Department's 3-digit codes. Its own host, because it sets authorities' programme timelines.
/// </summary>
public sealed class EvaluationPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Leicestershire = "http://leicestershire.localhost";
    private const string Series = "cpp_second_or_subsequent_percent";

    private async Task SetTimelineAsync(string slug, DateOnly introduced, DateOnly baselineFrom, DateOnly baselineTo, DateOnly implementationEnds)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var store = sp.GetRequiredService<SettingsStore<ProgrammeTimeline>>();
            var current = await store.GetCurrentAsync(ct);
            var timeline = new ProgrammeTimeline
            {
                IntroducedOn = introduced,
                BaselineFrom = baselineFrom,
                BaselineTo = baselineTo,
                Phases = [new() { Name = "Implementation", Start = introduced, End = implementationEnds }],
            };
            Assert.True((await store.SaveAsync(timeline, current.Version, "test", ct)).IsDone);
            return 0;
        });
    }

    private static string Text(string html, string testId) => WebUtility.HtmlDecode(Html.TestIdText(html, testId) ?? "").Trim();

    [Fact]
    public async Task Leicestershire_sees_repeat_plans_before_and_after_and_against_its_ten_neighbours_as_the_published_files_give_them()
    {
        await SetTimelineAsync("leicestershire", new DateOnly(2014, 10, 1), new DateOnly(2012, 4, 1), new DateOnly(2014, 3, 31), new DateOnly(2016, 9, 30));
        var admin = await factory.SignedIn($"{Leicestershire}/evaluation", "admin@leicestershire");

        var html = await admin.GetStringAsync(new Uri($"{Leicestershire}/evaluation?Indicator=CPP_REPEAT"));

        var before = Oracle.Mean("855", 2013, 2014)!.Value;
        var after = Oracle.Mean("855", 2017, 2019)!.Value;
        var neighbours = Oracle.NeighbourOldCodes("855");
        Assert.Equal(10, neighbours.Count);
        var neighbourBefore = neighbours.Select(c => Oracle.Mean(c, 2013, 2014)).OfType<double>().Average();
        var neighbourAfter = neighbours.Select(c => Oracle.Mean(c, 2017, 2019)).OfType<double>().Average();
        Assert.Equal(before.ToString("0.00", CultureInfo.InvariantCulture), Text(html, "mean-before"));
        Assert.Equal(after.ToString("0.00", CultureInfo.InvariantCulture), Text(html, "mean-after"));
        Assert.Equal(((after - before) - (neighbourAfter - neighbourBefore)).ToString("+0.00;-0.00", CultureInfo.InvariantCulture), Text(html, "did-estimate"));
        Assert.Matches("^-?[0-9]+\\.[0-9]{2} to -?[0-9]+\\.[0-9]{2}$", Text(html, "did-interval"));
        Assert.Contains("Gloucestershire", Text(html, "neighbours"), StringComparison.Ordinal);
        Assert.Contains("too short to estimate: it has 2 points before the intervention and 11 after, and at least 3 are needed on each side", Text(html, "its-sentence"), StringComparison.Ordinal);
        Assert.Null(Html.TestId(html, "its-table"));
        Assert.Contains("data-testid=\"introduced\"", html, StringComparison.Ordinal);

        var csv = await admin.GetStringAsync(new Uri($"{Leicestershire}/evaluation?handler=Csv&Indicator=CPP_REPEAT"));
        var row2017 = csv.Split('\n').Single(l => l.StartsWith($"CPP_REPEAT,{Series},2017,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(Oracle.Value("855", 2017), double.Parse(row2017[3], CultureInfo.InvariantCulture));
        Assert.Equal(neighbours.Select(c => Oracle.Value(c, 2017)).OfType<double>().Average(), double.Parse(row2017[4], CultureInfo.InvariantCulture), 4);
    }

    [Fact]
    public async Task With_enough_years_either_side_the_interrupted_time_series_gives_the_least_squares_change_in_level()
    {
        await SetTimelineAsync("bristol", new DateOnly(2018, 10, 1), new DateOnly(2016, 4, 1), new DateOnly(2018, 3, 31), new DateOnly(2020, 9, 30));
        var admin = await factory.SignedIn("http://bristol.localhost/evaluation", "admin@bristol");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("http://bristol.localhost/evaluation?Indicator=CPP_REPEAT")));

        var points = Enumerable.Range(2013, 13).Select(y => (Year: y, Value: Oracle.Value("801", y))).Where(p => p.Value is not null).ToList();
        var beta = Oracle.LeastSquares([.. points.Select(p => new[] { 1.0, p.Year, p.Year >= 2019 ? 1 : 0, p.Year >= 2019 ? p.Year - 2019 : 0 })], [.. points.Select(p => p.Value!.Value)]);
        Assert.NotNull(Html.TestId(html, "its-table"));
        Assert.Matches($"Change in level at the intervention</th>\\s*<td[^>]*>{beta[2].ToString("0.00", CultureInfo.InvariantCulture)}</td>", html);
        Assert.Matches($"Change in trend, per year</th>\\s*<td[^>]*>{beta[3].ToString("0.00", CultureInfo.InvariantCulture)}</td>", html);
    }

    [Fact]
    public async Task Windows_that_are_not_published_years_or_out_of_order_are_named_in_the_error_summary()
    {
        var admin = await factory.SignedIn("http://wakefield.localhost/evaluation", "admin@wakefield");

        var reversed = await admin.GetAsync(new Uri("http://wakefield.localhost/evaluation?Indicator=REREF12&BeforeFrom=2016&BeforeTo=2014"));
        var overlapping = await admin.GetAsync(new Uri("http://wakefield.localhost/evaluation?Indicator=REREF12&BeforeFrom=2013&BeforeTo=2016&AfterFrom=2015&AfterTo=2018"));
        var unpublished = await admin.GetAsync(new Uri("http://wakefield.localhost/evaluation?Indicator=REREF12&BeforeFrom=2001&AfterTo=later"));

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("<a href=\"#BeforeTo\">The before window must end in or after the year it starts</a>", WebUtility.HtmlDecode(await reversed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("<a href=\"#AfterFrom\">The after window must start after the before window ends</a>", WebUtility.HtmlDecode(await overlapping.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(await unpublished.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unpublished.StatusCode);
        Assert.Contains("<a href=\"#BeforeFrom\">The before window must start in a published year, 2012-13 to 2024-25</a>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#AfterTo\">The after window must end in a published year, 2012-13 to 2024-25</a>", text, StringComparison.Ordinal);
        Assert.Null(Html.TestId(text, "evaluation-table"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(new Uri("http://wakefield.localhost/evaluation?handler=Csv&BeforeFrom=2016&BeforeTo=2014"))).StatusCode);
    }

    [Fact]
    public async Task Each_authority_evaluates_only_its_own_series_and_a_practitioner_is_kept_out()
    {
        var norfolk = await factory.SignedIn("http://norfolk.localhost/evaluation", "admin@norfolk");
        var html = await norfolk.GetStringAsync(new Uri("http://norfolk.localhost/evaluation?Indicator=CPP_REPEAT&authority=E10000018&areaCode=E10000018"));

        Assert.Contains("Cornwall", Text(html, "neighbours"), StringComparison.Ordinal);
        Assert.DoesNotContain("Gloucestershire", Text(html, "neighbours"), StringComparison.Ordinal);
        Assert.Equal(Oracle.Mean("926", 2013, 2014)?.ToString("0.00", CultureInfo.InvariantCulture) ?? "x", Text(html, "mean-before"));
        var practitioner = await factory.SignedIn("http://norfolk.localhost/me", "practitioner@norfolk");
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri("http://norfolk.localhost/evaluation"))).Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A second reading of the shipped files by the Department's 3-digit codes, sharing nothing with the product's reader but the stream.</summary>
    private static class Oracle
    {
        private static readonly Lazy<List<string[]>> Rows = new(() => Read("la_indicators.csv"));

        private static List<string[]> Read(string name)
        {
            using var reader = new StreamReader(PublishedFiles.OpenShipped(name));
            _ = reader.ReadLine();
            var rows = new List<string[]>();
            while (reader.ReadLine() is { } line)
            {
                rows.Add(line.Split(','));
            }

            return rows;
        }

        public static List<string> NeighbourOldCodes(string oldCode) =>
            [.. Read("statistical_neighbours.csv").Where(f => f[^3] == oldCode).Select(f => f[^2])];

        public static double? Value(string oldCode, int year)
        {
            var row = Rows.Value.FirstOrDefault(f => f[0] == year.ToString(CultureInfo.InvariantCulture) && f[1] == "Local authority" && f[3] == oldCode && f[^3] == Series);
            return row is not null && double.TryParse(row[^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        public static double? Mean(string oldCode, int from, int to)
        {
            var values = Enumerable.Range(from, to - from + 1).Select(y => Value(oldCode, y)).OfType<double>().ToList();
            return values.Count == 0 ? null : values.Average();
        }

        /// <summary>Ordinary least squares by the normal equations and Gaussian elimination.</summary>
        public static double[] LeastSquares(double[][] x, double[] y)
        {
            var k = x[0].Length;
            var a = new double[k, k + 1];
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    a[i, j] = x.Sum(row => row[i] * row[j]);
                }

                a[i, k] = x.Select((row, n) => row[i] * y[n]).Sum();
            }

            for (var col = 0; col < k; col++)
            {
                var pivot = Enumerable.Range(col, k - col).MaxBy(r => Math.Abs(a[r, col]));
                for (var j = 0; j <= k; j++)
                {
                    (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
                }

                for (var r = 0; r < k; r++)
                {
                    if (r != col)
                    {
                        var f = a[r, col] / a[col, col];
                        for (var j = col; j <= k; j++)
                        {
                            a[r, j] -= f * a[col, j];
                        }
                    }
                }
            }

            return [.. Enumerable.Range(0, k).Select(i => a[i, k] / a[i, i])];
        }
    }
}
