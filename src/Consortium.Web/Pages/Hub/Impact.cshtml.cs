using System.Globalization;
using Consortium.Hub.Authorities;
using Consortium.Hub.Evaluation;
using Consortium.Hub.Export;
using Consortium.Hub.Programme;
using Consortium.Hub.Published;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Hub;

/// <summary>
/// The consortium as a whole against its members' statistical neighbours that are not members, on the published annual
/// figures: difference in differences for re-referrals, repeat plans and children in need, each with a chart beside its
/// table, a plain-English sentence and a CSV.
/// </summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class ImpactModel(PublishedFigures published, AuthorityRegistry authorities, TimelineIngestor timelines) : PageModel
{
    /// <summary>Each member with the programme timeline it shared, or null where it has shared none yet.</summary>
    public IReadOnlyList<(HubAuthority Authority, MemberTimeline? Timeline)> Timelines { get; private set; } = [];

    public IReadOnlyList<ImpactComparison> Comparisons { get; private set; } = [];

    public IReadOnlyList<LineChart> Charts { get; private set; } = [];

    public int ComparisonAuthorities { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var held = await timelines.HeldAsync(cancellationToken);
        Timelines = [.. authorities.All.Where(a => a.IsConsortiumMember).Select(a => (a, held.GetValueOrDefault(a.Code)))];
        return Page();
    }

    public async Task<IActionResult> OnGetTimelinesCsvAsync(CancellationToken cancellationToken)
    {
        var held = await timelines.HeldAsync(cancellationToken);
        var csv = new CsvTable(["new_la_code", "la_name", "introduced_on", "baseline_from", "baseline_to", "phases", "version"]);
        foreach (var member in authorities.All.Where(a => a.IsConsortiumMember))
        {
            var t = held.GetValueOrDefault(member.Code);
            csv.Row([member.Code, member.Name, Iso(t?.IntroducedOn), Iso(t?.BaselineFrom), Iso(t?.BaselineTo), t?.Phases ?? "", t?.Version.ToString(CultureInfo.InvariantCulture) ?? ""]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "programme_timelines.csv");
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = new CsvTable(["indicator", "time_period", "members_mean", "members_with_value", "comparison_mean", "comparison_with_value"]);
        foreach (var comparison in Comparisons)
        {
            foreach (var year in comparison.Years)
            {
                csv.Row([comparison.Indicator.Series, year.Year.ToString(CultureInfo.InvariantCulture), Number(year.Members),
                    year.MembersWithValue.ToString(CultureInfo.InvariantCulture), Number(year.Comparison),
                    year.ComparisonWithValue.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "consortium_impact.csv");
    }

    public static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var set = await published.CurrentAsync(cancellationToken);
        var members = authorities.All.Where(a => a.IsConsortiumMember).Select(a => a.Code).ToList();
        ComparisonAuthorities = ConsortiumImpact.ComparisonGroup(set, members).Count;
        Comparisons = [.. ConsortiumImpact.Indicators.Select(i => ConsortiumImpact.Compare(set, members, i))];
        Charts = [.. Comparisons.Select((c, n) => new LineChart(
            $"impact-chart-{n}",
            $"{c.Indicator.Label}: members and comparison authorities, by year",
            $"The mean of the ten members and the mean of {ComparisonAuthorities} comparison authorities for each year ending 31 March; the table beside the chart gives the values.",
            [.. c.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))],
            [
                new LineChart.Series("Consortium members", [.. c.Years.Select(y => (decimal?)y.Members)], "#1d70b8", LineChart.Solid),
                new LineChart.Series("Comparison authorities", [.. c.Years.Select(y => (decimal?)y.Comparison)], "#d4351c", LineChart.Dashed),
            ]))];
    }
}
