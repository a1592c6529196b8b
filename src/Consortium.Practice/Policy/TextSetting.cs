namespace Consortium.Practice.Policy;

/// <summary>Wording the authority chooses: required, and at most so many characters.</summary>
public sealed class TextSetting : PolicySetting
{
    public required Func<PracticePolicy, string?> Get { get; init; }

    public required Action<PracticePolicy, string> Set { get; init; }

    public int MaxLength { get; init; } = 60;

    public PracticePolicy With(PracticePolicy policy, string value) => Changed(policy, copy => Set(copy, value));

    public override string? Display(PracticePolicy policy) => Get(policy);

    public override string? ProblemIn(PracticePolicy policy) => Get(policy) switch
    {
        var value when string.IsNullOrWhiteSpace(value) => $"Enter the {Name.ToLowerInvariant()}",
        { Length: var length } when length > MaxLength => $"{Name} must be {MaxLength} characters or fewer",
        _ => null,
    };

    protected override string? TrySet(PracticePolicy policy, string input)
    {
        Set(policy, input);
        return null;
    }
}
