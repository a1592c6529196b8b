namespace Consortium.Practice.Census;

/// <summary>A factor identified at the end of a single assessment, as the census codes it: A about the child, B about a parent or carer, C about another person in the household. No factors identified (21) stands alone.</summary>
public sealed record AssessmentFactor : CensusCode, ICodeType<AssessmentFactor>
{
    private AssessmentFactor(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>21: No factors identified.</summary>
    public static AssessmentFactor NoneIdentified { get; } = new("21", "No factors identified");

    public static CodeList<AssessmentFactor> List { get; } = new(
    [
        new("1A", "Alcohol misuse: the child"),
        new("1B", "Alcohol misuse: a parent or carer"),
        new("1C", "Alcohol misuse: another person in the household"),
        new("2A", "Drug misuse: the child"),
        new("2B", "Drug misuse: a parent or carer"),
        new("2C", "Drug misuse: another person in the household"),
        new("3A", "Domestic abuse: the child"),
        new("3B", "Domestic abuse: a parent or carer"),
        new("3C", "Domestic abuse: another person in the household"),
        new("4A", "Mental health: the child"),
        new("4B", "Mental health: a parent or carer"),
        new("4C", "Mental health: another person in the household"),
        new("5A", "Learning disability: the child"),
        new("5B", "Learning disability: a parent or carer"),
        new("5C", "Learning disability: another person in the household"),
        new("6A", "Physical disability or illness: the child"),
        new("6B", "Physical disability or illness: a parent or carer"),
        new("6C", "Physical disability or illness: another person in the household"),
        new("7A", "Young carer"),
        new("8B", "Privately fostered: overseas child who intends to return"),
        new("8C", "Privately fostered: overseas child who intends to stay"),
        new("8D", "Privately fostered: UK child in education or training"),
        new("8E", "Privately fostered: UK child making alternative family arrangements"),
        new("8F", "Privately fostered: other"),
        new("9A", "Unaccompanied asylum-seeking child"),
        new("10A", "Going or being missing"),
        new("11A", "Child sexual exploitation"),
        new("12A", "Trafficking"),
        new("13A", "Gangs"),
        new("14A", "Socially unacceptable behaviour"),
        new("15A", "Self-harm"),
        new("16A", "Abuse or neglect: neglect"),
        new("17A", "Abuse or neglect: emotional abuse"),
        new("18B", "Abuse or neglect: physical abuse by an adult"),
        new("18C", "Abuse or neglect: physical abuse by another child"),
        new("19B", "Abuse or neglect: sexual abuse by an adult"),
        new("19C", "Abuse or neglect: sexual abuse by another child"),
        new("20", "Other"),
        NoneIdentified,
        new("22A", "Female genital mutilation"),
        new("23A", "Abuse linked to faith or belief"),
        new("24A", "Child criminal exploitation"),
    ]);
}
