using System.Globalization;
using System.Xml.Linq;
using Consortium.Practice.Census.Validation;

namespace Consortium.Practice.Census.Building;

/// <summary>What the census file's header says of the software that made it.</summary>
public sealed record CensusSource(string SoftwareCode, string Release, int SerialNo, DateTimeOffset MadeAt);

/// <summary>
/// Writes the census file as the Department's collection takes it: no namespace, dates YYYY-MM-DD, booleans
/// true/false, an element left out when it has no value.
/// </summary>
public static class CensusXmlWriter
{
    public static XDocument Write(CensusFile file, CensusSource source)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(source);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("Message",
                new XElement("Header",
                    new XElement("CollectionDetails",
                        new XElement("Collection", "CIN"),
                        new XElement("Year", file.Header.Year.ToString(CultureInfo.InvariantCulture)),
                        Date("ReferenceDate", file.Header.ReferenceDate)),
                    new XElement("Source",
                        new XElement("SourceLevel", "L"),
                        new XElement("LEA", file.Header.La),
                        new XElement("SoftwareCode", source.SoftwareCode),
                        new XElement("Release", source.Release),
                        new XElement("SerialNo", source.SerialNo.ToString(CultureInfo.InvariantCulture)),
                        new XElement("DateTime", source.MadeAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)))),
                new XElement("Children", file.Children.Select(Child))));
    }

    private static XElement Child(CensusChild child) => new("Child",
        new XElement("ChildIdentifiers",
            new XElement("LAchildID", child.LaChildId),
            Text("UPN", child.Upn),
            Text("FormerUPN", child.FormerUpn),
            Text("UPNunknown", child.UpnUnknown),
            Date("PersonBirthDate", child.BirthDate),
            Date("ExpectedPersonBirthDate", child.ExpectedBirthDate),
            Text("Sex", child.Sex),
            Date("PersonDeathDate", child.DeathDate)),
        new XElement("ChildCharacteristics",
            Text("Ethnicity", child.Ethnicity),
            child.Disabilities.Count == 0 ? null : new XElement("Disabilities", child.Disabilities.Select(d => new XElement("Disability", d)))),
        child.Episodes.Select(Episode));

    private static XElement Episode(CensusEpisode episode) => new("CINdetails",
        Date("CINreferralDate", episode.ReferralDate),
        Text("ReferralSource", episode.ReferralSource),
        Text("PrimaryNeedCode", episode.PrimaryNeed),
        Date("CINclosureDate", episode.ClosureDate),
        Text("ReasonForClosure", episode.ReasonForClosure),
        Date("DateOfInitialCPC", episode.DateOfInitialCpc),
        Flag("ReferralNFA", episode.ReferralNfa),
        episode.Assessments.Select(a => new XElement("Assessments",
            Date("AssessmentActualStartDate", a.StartDate),
            Date("AssessmentAuthorisationDate", a.AuthorisationDate),
            a.Factors.Count == 0 ? null : new XElement("FactorsIdentifiedAtAssessment", a.Factors.Select(f => new XElement("AssessmentFactors", f))))),
        episode.CinPlans.Select(p => new XElement("CINPlanDates", Date("CINPlanStartDate", p.StartDate), Date("CINPlanEndDate", p.EndDate))),
        episode.Section47s.Select(s => new XElement("Section47",
            Date("S47ActualStartDate", s.StartDate),
            Date("InitialCPCtarget", s.InitialCpcTarget),
            Date("DateOfInitialCPC", s.DateOfInitialCpc),
            Flag("ICPCnotRequired", s.IcpcNotRequired))),
        episode.ProtectionPlans.Select(p => new XElement("ChildProtectionPlans",
            Date("CPPstartDate", p.StartDate),
            Date("CPPendDate", p.EndDate),
            Text("InitialCategoryOfAbuse", p.InitialCategory),
            Text("LatestCategoryOfAbuse", p.LatestCategory),
            p.NumberOfPreviousPlans is { } previous ? new XElement("NumberOfPreviousCPP", previous.ToString(CultureInfo.InvariantCulture)) : null,
            p.ReviewDates.Count == 0 ? null : new XElement("Reviews", p.ReviewDates.Select(r => Date("CPPreviewDate", r) ?? new XElement("CPPreviewDate"))))));

    private static XElement? Text(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    private static XElement? Date(string name, DateOnly? value) =>
        value is { } day ? new XElement(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    private static XElement? Flag(string name, bool? value) => value is { } flag ? new XElement(name, flag ? "true" : "false") : null;
}
