using System.Globalization;
using Consortium.Practice.Workforce.Measures;

namespace Consortium.Web.Pages.Workforce;

/// <summary>
/// The census measures of a year as the rows of a table, each keyed by the Department's published indicator
/// (<c>sw_fte</c> and the others in la_indicators.csv) so a download lines up with the published figures.
/// </summary>
public static class WorkforceMeasureRows
{
    /// <summary>The Department's symbol for a figure that is not available.</summary>
    public const string NotAvailable = "x";

    public sealed record Row(string Code, string Measure, string? Value, string Unit);

    public static IReadOnlyList<Row> Of(WorkforceMeasures m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return
        [
            new("sw_fte", "Social workers in post at 30 September (FTE)", Fte(m.InPostFte), "fte"),
            new("sw_headcount", "Social workers in post at 30 September (headcount)", Count(m.InPostHeadcount), "headcount"),
            new("sw_starters_fte", "Starters in the year (FTE)", Fte(m.StartersFte), "fte"),
            new("sw_starters_headcount", "Starters in the year (headcount)", Count(m.StartersHeadcount), "headcount"),
            new("sw_leavers_fte", "Leavers in the year (FTE)", Fte(m.LeaversFte), "fte"),
            new("sw_leavers_headcount", "Leavers in the year (headcount)", Count(m.LeaversHeadcount), "headcount"),
            new("sw_turnover_rate_fte", "Turnover rate (FTE): leavers as a percentage of those in post", Rate(m.TurnoverRateFte), "percent"),
            new("sw_turnover_rate_headcount", "Turnover rate (headcount)", Rate(m.TurnoverRateHeadcount), "percent"),
            new("sw_agency_fte", "Agency social workers at 30 September (FTE)", Fte(m.AgencyFte), "fte"),
            new("sw_agency_headcount", "Agency social workers at 30 September (headcount)", Count(m.AgencyHeadcount), "headcount"),
            new("sw_agency_rate_fte", "Agency rate (FTE): agency as a percentage of agency plus those in post", Rate(m.AgencyRateFte), "percent"),
            new("sw_agency_rate_headcount", "Agency rate (headcount)", Rate(m.AgencyRateHeadcount), "percent"),
            new("sw_vacancies_fte", $"Vacancies at 30 September (FTE), entered for {m.TeamsWithVacanciesEntered} of {m.Teams} teams", m.VacanciesFte is { } v ? Fte(v) : null, "fte"),
            new("sw_vacancy_rate_fte", "Vacancy rate (FTE): vacancies as a percentage of vacancies plus those in post", Rate(m.VacancyRateFte), "percent"),
            new("sw_case_holders_fte", "Case-holding social workers in post at 30 September (FTE)", Fte(m.CaseHoldersFte), "fte"),
            new("sw_cases", "Cases they held at 30 September", Count(m.Cases), "number"),
            new("sw_caseload_fte", "Average caseload per case-holding FTE", Rate(m.CaseloadFte), "cases_per_fte"),
        ];
    }

    private static string Fte(decimal fte) => fte.ToString("0.0###", CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string? Rate(decimal? rate) => rate?.ToString("0.0", CultureInfo.InvariantCulture);
}
