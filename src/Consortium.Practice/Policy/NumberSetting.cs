using System.Globalization;

namespace Consortium.Practice.Policy;

/// <summary>A whole number between a minimum and a maximum, in a unit ("working days").</summary>
public sealed class NumberSetting : PolicySetting
{
    public required Func<PracticePolicy, int?> Get { get; init; }

    public required Action<PracticePolicy, int> Set { get; init; }

    public required int Minimum { get; init; }

    public required int Maximum { get; init; }

    /// <summary>Said after the value in messages and the history: "working days".</summary>
    public required string Unit { get; init; }

    /// <summary>Why the minimum is what it is ("the Department's rule"); the message for a low value then gives it.</summary>
    public string? MinimumReason { get; init; }

    /// <summary>Shown after the form's input; the unit unless a shorter one reads better.</summary>
    public string Suffix { get => field ?? Unit; init; }

    public PracticePolicy With(PracticePolicy policy, int value) => Changed(policy, copy => Set(copy, value));

    public override string? Display(PracticePolicy policy) => Get(policy)?.ToString(CultureInfo.InvariantCulture);

    public override string? ProblemIn(PracticePolicy policy) => Get(policy) switch
    {
        null => null,
        var value when MinimumReason is not null && value < Minimum => $"{Name} must be {Minimum} or more, {MinimumReason}",
        var value when MinimumReason is not null && value > Maximum => $"{Name} must be {Maximum} or less",
        var value when value < Minimum || value > Maximum => $"{Name} must be between {Minimum} and {Maximum} {Unit}",
        _ => null,
    };

    protected override string? TrySet(PracticePolicy policy, string input)
    {
        if (!int.TryParse(input, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return $"{Label} must be a whole number";
        }

        Set(policy, value);
        return null;
    }

    protected override string UnitAfterChange => $" {Unit}";
}
