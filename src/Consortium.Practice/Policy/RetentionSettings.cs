namespace Consortium.Practice.Policy;

/// <summary>The two settings of each record type's retention rule, and how the record types are named.</summary>
public static class RetentionSettings
{
    public static IEnumerable<PolicySetting> For(RecordType type)
    {
        var records = $"{Describe(type)} records";
        yield return new ChoiceSetting<RetentionBasis>
        {
            Path = $"Retention.{type}.Basis", Get = p => RuleOf(p, type)?.Basis, Set = (p, v) => RuleFor(p, type).Basis = v,
            Name = $"Retention basis for {records}", Label = $"{Capitalised(records)} are kept",
            Options =
            [
                (RetentionBasis.YearsAfterClosure, "for a number of years after the case closed"),
                (RetentionBasis.UntilAge, "until the child reaches an age"),
            ],
        };
        yield return new NumberSetting
        {
            Path = $"Retention.{type}.Years", Get = p => RuleOf(p, type)?.Years, Set = (p, v) => RuleFor(p, type).Years = v,
            Name = $"Retention for {records}", Label = $"{Capitalised(records)}: years (or age)", Minimum = 1, Maximum = 150, Unit = "years",
        };
    }

    /// <summary>"looked-after children's": how messages name a record type.</summary>
    public static string Describe(RecordType type) => type switch
    {
        RecordType.EarlyHelp => "early help",
        RecordType.ChildInNeed => "child in need",
        RecordType.ChildProtection => "child protection",
        RecordType.LookedAfter => "looked-after children's",
        RecordType.Adoption => "adoption",
        _ => type.ToString(),
    };

    private static RetentionRule? RuleOf(PracticePolicy policy, RecordType type) => policy.Retention.GetValueOrDefault(type);

    // A stored policy can lack a rule (the validator says so); setting one of its values starts it.
    private static RetentionRule RuleFor(PracticePolicy policy, RecordType type)
    {
        if (RuleOf(policy, type) is not { } rule)
        {
            rule = new RetentionRule();
            policy.Retention[type] = rule;
        }

        return rule;
    }

    private static string Capitalised(string words) => string.Concat(words[..1].ToUpperInvariant(), words[1..]);
}
