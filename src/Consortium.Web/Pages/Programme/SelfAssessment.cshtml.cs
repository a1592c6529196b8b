using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.SelfAssessment;
using Consortium.Web.Pages.Hub.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Programme;

/// <summary>The authority's quarterly self-assessment of its implementation: the trend as a chart beside its table, the evidence, and the CSV.</summary>
[Authorize(Roles = "TenantAdministrator,QualityAssurance,TeamManager")]
public sealed class SelfAssessmentModel(SelfAssessmentService assessments) : PageModel
{
    /// <summary>Quarters the form offers: this one and the seven before it.</summary>
    public const int QuartersOffered = 8;

    private static readonly (string Colour, string? Dash)[] Lines =
    [
        ("#1d70b8", LineChart.Solid), ("#d4351c", LineChart.Dashed), ("#00703c", LineChart.Dotted),
        ("#4c2c92", LineChart.DashDot), ("#0b0c0c", LineChart.Dashed), ("#b58840", LineChart.Dotted),
    ];

    public IReadOnlyList<SelfAssessmentQuarter> Quarters { get; private set; } = [];

    public IReadOnlyList<string> Offered { get; private set; } = [];

    public static int? RatingOf(SelfAssessmentQuarter quarter, ImplementationElement element) =>
        quarter.Ratings.FirstOrDefault(r => r.Element == element)?.Rating;

    public LineChart Chart => new(
        "self-assessment-chart",
        "The authority's rating of its own implementation, by quarter",
        "Each element's rating from 0 to 10 in each quarter rated; the table beside it gives the same ratings.",
        [.. Quarters.Select(q => ReportingQuarter.Key(q.QuarterStart))],
        [.. ImplementationElements.All.Select((e, i) => new LineChart.Series(
            ImplementationElements.Name(e), [.. Quarters.Select(q => (decimal?)RatingOf(q, e))], Lines[i].Colour, Lines[i].Dash))]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Quarters = await assessments.HistoryAsync(cancellationToken);
        var current = ReportingQuarter.StartOf(assessments.Today);
        Offered = [.. Enumerable.Range(0, QuartersOffered).Select(i => ReportingQuarter.Key(current.AddMonths(-3 * i)))];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new CsvTable(["quarter", "element", "rating", "evidence", "recorded_by", "recorded_at"]);
        foreach (var quarter in await assessments.HistoryAsync(cancellationToken))
        {
            foreach (var element in ImplementationElements.All)
            {
                var rating = quarter.Ratings.FirstOrDefault(r => r.Element == element);
                csv.Row([ReportingQuarter.Key(quarter.QuarterStart), ImplementationElements.Name(element), rating?.Rating.ToString(CultureInfo.InvariantCulture), rating?.Evidence, quarter.RecordedBy, quarter.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)]);
            }
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "implementation_self_assessment.csv");
    }
}
