namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// An authority's social workers in a census year on the Department's definitions. A social worker is a member of staff
/// with a Social Work England registration number; those in post are employed (not agency) on 30 September; starters
/// and leavers are employed social workers who started or had their last day in the year. FTE figures are to 4 decimal
/// places; rates are to 1 decimal place and null where there is nothing to divide by.
/// </summary>
/// <param name="VacanciesFte">Null when no team's vacancies were entered for the year.</param>
/// <param name="TeamsWithVacanciesEntered">How many of the authority's <paramref name="Teams"/> have a vacancy figure for the year.</param>
public sealed record WorkforceMeasures(
    CensusYear Year,
    decimal InPostFte,
    int InPostHeadcount,
    decimal StartersFte,
    int StartersHeadcount,
    decimal LeaversFte,
    int LeaversHeadcount,
    decimal AgencyFte,
    int AgencyHeadcount,
    decimal? VacanciesFte,
    int TeamsWithVacanciesEntered,
    int Teams,
    decimal CaseHoldersFte,
    int CaseHolders,
    int Cases)
{
    public decimal? TurnoverRateFte => CensusRates.Turnover(LeaversFte, InPostFte);

    public decimal? TurnoverRateHeadcount => CensusRates.Turnover(LeaversHeadcount, InPostHeadcount);

    public decimal? AgencyRateFte => CensusRates.Agency(AgencyFte, InPostFte);

    public decimal? AgencyRateHeadcount => CensusRates.Agency(AgencyHeadcount, InPostHeadcount);

    public decimal? VacancyRateFte => VacanciesFte is { } vacancies ? CensusRates.Vacancy(vacancies, InPostFte) : null;

    public decimal? CaseloadFte => CensusRates.Caseload(Cases, CaseHoldersFte);
}
