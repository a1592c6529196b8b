using Consortium.Contracts;
using Consortium.Metrics.Computation;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Indicators;

/// <summary>The authority's own indicators for a period, computed now from its casework, beside what sharing them sends.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class IndexModel(AuthorityIndicators indicators, TimeProvider clock) : PageModel
{
    public ReportingPeriod Period { get; private set; } = null!;

    public IReadOnlyList<ReportingPeriod> Choices { get; private set; } = [];

    public IReadOnlyList<AuthorityIndicator> Rows { get; private set; } = [];

    public string? PeriodError { get; private set; }

    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        var today = Today;
        var thisYear = ReportingPeriod.YearOf(today);
        Choices = [.. Enumerable.Range(0, 5).Select(back => ReportingPeriod.Year(thisYear.ReportingYear - back))
            .Concat(Enumerable.Range(0, 4).Select(back => ReportingPeriod.QuarterOf(today.AddMonths(-3 * back))))
            .Concat(Enumerable.Range(0, 6).Select(back => ReportingPeriod.MonthOf(today.AddMonths(-back))))];
        Period = thisYear;
        if (period is not null)
        {
            if (ReportingPeriod.TryParse(period, out var chosen) && chosen.Start <= today)
            {
                Period = chosen;
            }
            else
            {
                PeriodError = "Select a period from the list";
            }
        }

        Rows = await indicators.ForAsync(Period, cancellationToken);
    }
}
