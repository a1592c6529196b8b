namespace Consortium.Practice.Policy;

/// <summary>One of a fixed set of values, each with the words the form shows for it.</summary>
public abstract class ChoiceSetting : PolicySetting
{
    public abstract IReadOnlyList<PolicyChoice> Choices { get; }

    protected override string Describe(string? value) =>
        Choices.FirstOrDefault(c => c.Value == value)?.Label ?? base.Describe(value);

    protected string MustBeOneOfTheChoices => $"{Name} must be {string.Join(" or ", Choices.Select(c => c.Value))}";
}

/// <summary>A choice stored as a value of <typeparamref name="TEnum"/>, written by its name.</summary>
public sealed class ChoiceSetting<TEnum> : ChoiceSetting
    where TEnum : struct, Enum
{
    public required Func<PracticePolicy, TEnum?> Get { get; init; }

    public required Action<PracticePolicy, TEnum> Set { get; init; }

    /// <summary>The words for each value, in the order the form offers them.</summary>
    public required IReadOnlyList<(TEnum Value, string Label)> Options { get; init; }

    public override IReadOnlyList<PolicyChoice> Choices => [.. Options.Select(o => new PolicyChoice(o.Value.ToString(), o.Label))];

    public PracticePolicy With(PracticePolicy policy, TEnum value) => Changed(policy, copy => Set(copy, value));

    public override string? Display(PracticePolicy policy) => Get(policy)?.ToString();

    public override string? ProblemIn(PracticePolicy policy) =>
        Get(policy) is { } value && !Options.Any(o => o.Value.Equals(value)) ? MustBeOneOfTheChoices : null;

    protected override string? TrySet(PracticePolicy policy, string input)
    {
        var option = Options.FirstOrDefault(o => string.Equals(o.Value.ToString(), input, StringComparison.OrdinalIgnoreCase));
        if (option.Label is null)
        {
            return MustBeOneOfTheChoices;
        }

        Set(policy, option.Value);
        return null;
    }
}
