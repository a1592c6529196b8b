namespace Consortium.Practice.Casework;

/// <summary>The Children in Need census's code lists that casework records use.</summary>
public static class Codes
{
    public static readonly IReadOnlyDictionary<string, string> Sex = new Dictionary<string, string>
    {
        ["1"] = "Male",
        ["2"] = "Female",
        ["0"] = "Not known",
        ["9"] = "Indeterminate",
    };

    public static readonly IReadOnlyDictionary<string, string> Ethnicity = new Dictionary<string, string>
    {
        ["WBRI"] = "White British", ["WIRI"] = "White Irish", ["WIRT"] = "Traveller of Irish heritage", ["WOTH"] = "Any other White background",
        ["WROM"] = "Gypsy/Roma", ["MWBC"] = "White and Black Caribbean", ["MWBA"] = "White and Black African", ["MWAS"] = "White and Asian",
        ["MOTH"] = "Any other mixed background", ["AIND"] = "Indian", ["APKN"] = "Pakistani", ["ABAN"] = "Bangladeshi",
        ["AOTH"] = "Any other Asian background", ["BCRB"] = "Caribbean", ["BAFR"] = "African", ["BOTH"] = "Any other Black background",
        ["CHNE"] = "Chinese", ["OOTH"] = "Any other ethnic group", ["REFU"] = "Refused", ["NOBT"] = "Information not yet obtained",
    };

    public static readonly IReadOnlyDictionary<string, string> PrimaryNeed = new Dictionary<string, string>
    {
        ["N0"] = "Not stated", ["N1"] = "Abuse or neglect", ["N2"] = "Child's disability or illness", ["N3"] = "Parental disability or illness",
        ["N4"] = "Family in acute stress", ["N5"] = "Family dysfunction", ["N6"] = "Socially unacceptable behaviour",
        ["N7"] = "Low income", ["N8"] = "Absent parenting", ["N9"] = "Cases other than children in need",
    };

    public static readonly IReadOnlyDictionary<string, string> ReferralSource = new Dictionary<string, string>
    {
        ["1A"] = "Individual: family member", ["1B"] = "Individual: acquaintance", ["1C"] = "Individual: self", ["1D"] = "Individual: other",
        ["2A"] = "Schools", ["2B"] = "Education services", ["3A"] = "Health: GP", ["3B"] = "Health: visitor", ["3C"] = "Health: school nurse",
        ["3D"] = "Health: other primary health", ["3E"] = "Health: A&E", ["3F"] = "Health: other", ["4"] = "Housing", ["5A"] = "LA services: social care",
        ["5B"] = "LA services: other internal", ["5C"] = "LA services: external", ["5D"] = "LA services: other", ["6"] = "Police", ["7"] = "Other legal agency",
        ["8"] = "Other", ["9"] = "Anonymous", ["10"] = "Unknown",
    };

    public static readonly IReadOnlyDictionary<string, string> CategoryOfAbuse = new Dictionary<string, string>
    {
        ["NEG"] = "Neglect", ["PHY"] = "Physical abuse", ["SAB"] = "Sexual abuse", ["EMO"] = "Emotional abuse", ["MUL"] = "Multiple",
    };

    public static readonly IReadOnlyDictionary<string, string> ClosureReason = new Dictionary<string, string>
    {
        ["RC1"] = "Adopted", ["RC2"] = "Died", ["RC3"] = "Child arrangements order", ["RC4"] = "Special guardianship order",
        ["RC5"] = "Transferred to services of another local authority", ["RC6"] = "Transferred to adult social care",
        ["RC7"] = "Services ceased for any other reason, including child no longer in need", ["RC8"] = "Case closed after assessment, no further action",
        ["RC9"] = "Case closed after assessment, referred to early help",
    };

    /// <summary>
    /// Factors identified at the end of a single assessment, as the census codes them: A about the child, B about a
    /// parent or carer, C about another person in the household. 21 (no factors identified) stands alone.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AssessmentFactors = new Dictionary<string, string>
    {
        ["1A"] = "Alcohol misuse: the child", ["1B"] = "Alcohol misuse: a parent or carer", ["1C"] = "Alcohol misuse: another person in the household",
        ["2A"] = "Drug misuse: the child", ["2B"] = "Drug misuse: a parent or carer", ["2C"] = "Drug misuse: another person in the household",
        ["3A"] = "Domestic abuse: the child", ["3B"] = "Domestic abuse: a parent or carer", ["3C"] = "Domestic abuse: another person in the household",
        ["4A"] = "Mental health: the child", ["4B"] = "Mental health: a parent or carer", ["4C"] = "Mental health: another person in the household",
        ["5A"] = "Learning disability: the child", ["5B"] = "Learning disability: a parent or carer", ["5C"] = "Learning disability: another person in the household",
        ["6A"] = "Physical disability or illness: the child", ["6B"] = "Physical disability or illness: a parent or carer", ["6C"] = "Physical disability or illness: another person in the household",
        ["7A"] = "Young carer",
        ["8B"] = "Privately fostered: overseas child who intends to return", ["8C"] = "Privately fostered: overseas child who intends to stay",
        ["8D"] = "Privately fostered: UK child in education or training", ["8E"] = "Privately fostered: UK child making alternative family arrangements",
        ["8F"] = "Privately fostered: other",
        ["9A"] = "Unaccompanied asylum-seeking child", ["10A"] = "Going or being missing", ["11A"] = "Child sexual exploitation", ["12A"] = "Trafficking",
        ["13A"] = "Gangs", ["14A"] = "Socially unacceptable behaviour", ["15A"] = "Self-harm",
        ["16A"] = "Abuse or neglect: neglect", ["17A"] = "Abuse or neglect: emotional abuse",
        ["18B"] = "Abuse or neglect: physical abuse by an adult", ["18C"] = "Abuse or neglect: physical abuse by another child",
        ["19B"] = "Abuse or neglect: sexual abuse by an adult", ["19C"] = "Abuse or neglect: sexual abuse by another child",
        ["20"] = "Other", ["21"] = "No factors identified", ["22A"] = "Female genital mutilation", ["23A"] = "Abuse linked to faith or belief",
        ["24A"] = "Child criminal exploitation",
    };

    /// <summary>The code of <see cref="AssessmentFactors"/> that means none was found; it cannot be recorded with others.</summary>
    public const string NoFactorsIdentified = "21";

    /// <summary>The census's disability codes. NONE means the child has no disability; it cannot be recorded with others.</summary>
    public static readonly IReadOnlyDictionary<string, string> Disability = new Dictionary<string, string>
    {
        ["NONE"] = "No disability", ["MOB"] = "Mobility", ["HAND"] = "Hand function", ["PC"] = "Personal care", ["INC"] = "Incontinence",
        ["COMM"] = "Communication", ["LD"] = "Learning", ["HEAR"] = "Hearing", ["VIS"] = "Vision", ["BEH"] = "Behaviour", ["CON"] = "Consciousness",
        ["AUT"] = "Autism or Asperger syndrome", ["DDA"] = "Other disability under the Equality Act",
    };

    public const string NoDisability = "NONE";

    /// <summary>
    /// The problems with a set of codes from one list where one code (<paramref name="alone"/>) means "none" and stands alone:
    /// unknown codes, the same code twice, "none" with others, more than <paramref name="max"/>.
    /// </summary>
    public static string? CheckSet(IReadOnlyDictionary<string, string> codes, IReadOnlyCollection<string> chosen, string alone, int max, string what)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(chosen);
        if (chosen.Any(c => c is null || !codes.ContainsKey(c)))
        {
            return $"Select {what} from the list";
        }

        if (chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count)
        {
            return $"Select each of the {what} once";
        }

        if (chosen.Count > 1 && chosen.Contains(alone))
        {
            return $"'{codes[alone]}' cannot be selected with other {what}";
        }

        return chosen.Count > max ? $"Select at most {max} {what}" : null;
    }
}
