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
}
