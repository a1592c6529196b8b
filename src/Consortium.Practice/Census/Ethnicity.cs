namespace Consortium.Practice.Census;

/// <summary>A child's ethnicity as the census codes it.</summary>
public sealed record Ethnicity : CensusCode, ICodeType<Ethnicity>
{
    private Ethnicity(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>NOBT: Information not yet obtained.</summary>
    public static Ethnicity NotYetObtained { get; } = new("NOBT", "Information not yet obtained");

    public static CodeList<Ethnicity> List { get; } = new(
    [
        new("WBRI", "White British"),
        new("WIRI", "White Irish"),
        new("WIRT", "Traveller of Irish heritage"),
        new("WOTH", "Any other White background"),
        new("WROM", "Gypsy/Roma"),
        new("MWBC", "White and Black Caribbean"),
        new("MWBA", "White and Black African"),
        new("MWAS", "White and Asian"),
        new("MOTH", "Any other mixed background"),
        new("AIND", "Indian"),
        new("APKN", "Pakistani"),
        new("ABAN", "Bangladeshi"),
        new("AOTH", "Any other Asian background"),
        new("BCRB", "Caribbean"),
        new("BAFR", "African"),
        new("BOTH", "Any other Black background"),
        new("CHNE", "Chinese"),
        new("OOTH", "Any other ethnic group"),
        new("REFU", "Refused"),
        NotYetObtained,
    ]);
}
