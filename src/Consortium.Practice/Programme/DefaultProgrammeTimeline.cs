using Consortium.Tenancy;
using Consortium.Tenancy.Stores;

namespace Consortium.Practice.Programme;

/// <summary>
/// The timeline an authority starts with, from the reference data's grouping of how long each member had used the
/// practice model when the consortium's programme began in autumn 2014: "new" is 1 October 2014, "two years" 1 October
/// 2012, and "more than two years" 1 October 2012 too, the latest date that grouping allows (the reference data gives no
/// earlier one). The baseline is the two reporting years before the one the model was introduced in; the phases are the
/// two-year implementation trajectory and embedding after it.
/// </summary>
public static class DefaultProgrammeTimeline
{
    public const string ExperienceColumn = "sos_experience_2014";
    public static readonly DateOnly ProgrammeBegan = new(2014, 10, 1);

    public static ProgrammeTimeline For(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return From(AuthorityReferenceData.Field(tenant.NewLaCode, ExperienceColumn));
    }

    public static ProgrammeTimeline From(string? experience)
    {
        var introduced = experience switch
        {
            "two years" or "more than two years" => ProgrammeBegan.AddYears(-2),
            _ => ProgrammeBegan,
        };
        var reportingYearStart = new DateOnly(introduced.Month >= 4 ? introduced.Year : introduced.Year - 1, 4, 1);
        return new ProgrammeTimeline
        {
            IntroducedOn = introduced,
            BaselineFrom = reportingYearStart.AddYears(-2),
            BaselineTo = reportingYearStart.AddDays(-1),
            Phases =
            [
                new() { Name = "Implementation", Start = introduced, End = introduced.AddYears(2).AddDays(-1) },
                new() { Name = "Embedding", Start = introduced.AddYears(2) },
            ],
        };
    }
}
