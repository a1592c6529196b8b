namespace Consortium.Practice.Policy;

public sealed class RetentionRule
{
    public RetentionBasis Basis { get; set; }
    public int Years { get; set; }

    public static Dictionary<RecordType, RetentionRule> Defaults() => new()
    {
        [RecordType.EarlyHelp] = new() { Basis = RetentionBasis.UntilAge, Years = 25 },
        [RecordType.ChildInNeed] = new() { Basis = RetentionBasis.UntilAge, Years = 25 },
        [RecordType.ChildProtection] = new() { Basis = RetentionBasis.YearsAfterClosure, Years = 35 },
        [RecordType.LookedAfter] = new() { Basis = RetentionBasis.UntilAge, Years = 75 },
        [RecordType.Adoption] = new() { Basis = RetentionBasis.YearsAfterClosure, Years = 100 },
    };
}
