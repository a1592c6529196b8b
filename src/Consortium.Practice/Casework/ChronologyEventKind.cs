namespace Consortium.Practice.Casework;

/// <summary>The kinds of significant event a case's chronology lists, in the order events of one day are shown.</summary>
public enum ChronologyEventKind
{
    Referral,
    Allocation,
    StrategyDiscussion,
    Section47,
    Assessment,
    Conference,
    Plan,
    CoreGroup,
    Visit,
    Supervision,
    Restriction,
    Note,
    Closure,
}

public static class ChronologyEventKinds
{
    public static IReadOnlyList<ChronologyEventKind> All { get; } = Enum.GetValues<ChronologyEventKind>();

    public static string Label(ChronologyEventKind kind) => kind switch
    {
        ChronologyEventKind.Referral => "Referral",
        ChronologyEventKind.Allocation => "Allocation",
        ChronologyEventKind.StrategyDiscussion => "Strategy discussion",
        ChronologyEventKind.Section47 => "Section 47 enquiry",
        ChronologyEventKind.Assessment => "Assessment",
        ChronologyEventKind.Conference => "Child protection conference",
        ChronologyEventKind.Plan => "Plan",
        ChronologyEventKind.CoreGroup => "Core group",
        ChronologyEventKind.Visit => "Visit",
        ChronologyEventKind.Supervision => "Supervision",
        ChronologyEventKind.Restriction => "Restriction",
        ChronologyEventKind.Note => "Significant case note",
        ChronologyEventKind.Closure => "Closure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every kind of event has a label."),
    };
}
