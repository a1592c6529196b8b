namespace Consortium.Practice.SelfAssessment;

/// <summary>The elements of implementing the practice model an authority rates itself on each quarter, 0 to 10.</summary>
public enum ImplementationElement
{
    Leadership,
    PolicyAlignment,
    Training,
    PracticeLeadership,
    QualityAssurance,
    InformationSystems,
}

public static class ImplementationElements
{
    public static IReadOnlyList<ImplementationElement> All { get; } = Enum.GetValues<ImplementationElement>();

    public static string Name(ImplementationElement element) => element switch
    {
        ImplementationElement.Leadership => "Leadership",
        ImplementationElement.PolicyAlignment => "Policy and procedure alignment",
        ImplementationElement.Training => "Training",
        ImplementationElement.PracticeLeadership => "Practice leadership",
        ImplementationElement.QualityAssurance => "Quality assurance",
        ImplementationElement.InformationSystems => "Information systems",
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };
}
