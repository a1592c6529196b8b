namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// The Department's workforce census rates, from counts or FTE: each a percentage (or cases per FTE) to one decimal
/// place, rounded half away from zero as the Department publishes them; null where the denominator is nothing.
/// </summary>
public static class CensusRates
{
    /// <summary>Leavers in the year as a percentage of those in post at 30 September.</summary>
    public static decimal? Turnover(decimal leavers, decimal inPost) => Percent(leavers, inPost);

    /// <summary>Agency workers as a percentage of agency workers plus those in post at 30 September.</summary>
    public static decimal? Agency(decimal agency, decimal inPost) => Percent(agency, agency + inPost);

    /// <summary>Vacancies as a percentage of vacancies plus those in post at 30 September.</summary>
    public static decimal? Vacancy(decimal vacancies, decimal inPost) => Percent(vacancies, vacancies + inPost);

    /// <summary>Cases held at 30 September per case-holding FTE.</summary>
    public static decimal? Caseload(decimal cases, decimal caseHoldersFte) =>
        caseHoldersFte <= 0 ? null : Math.Round(cases / caseHoldersFte, 1, MidpointRounding.AwayFromZero);

    private static decimal? Percent(decimal part, decimal whole) =>
        whole <= 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
