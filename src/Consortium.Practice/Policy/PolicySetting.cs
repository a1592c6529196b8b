using Consortium.Practice.Settings;

namespace Consortium.Practice.Policy;

/// <summary>
/// One setting of the practice policy, declared once in <see cref="PolicySettings"/>: its path, how the form asks for
/// it, what messages and the history call it, its rules, and typed access to its value. The administration form, the
/// validator, the history and the operator command all read it from there.
/// </summary>
public abstract class PolicySetting
{
    /// <summary>The dotted path of the property, e.g. "Timescales.AssessmentWorkingDays": the form field and the command's name for it.</summary>
    public required string Path { get; init; }

    /// <summary>The question on the administration form: "Single assessment completed within".</summary>
    public required string Label { get; init; }

    /// <summary>What error messages and the history call it: "Assessment timescale".</summary>
    public required string Name { get; init; }

    public string? Hint { get; init; }

    /// <summary>The value as the form and the operator command write it, or null if the policy has none.</summary>
    public abstract string? Display(PracticePolicy policy);

    /// <summary>A copy of the policy with this setting set from what a person typed, or why it is not a value this setting takes.</summary>
    public (PracticePolicy? Policy, string? Error) WithInput(PracticePolicy policy, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var copy = SettingsJson.Clone(policy);
        var error = TrySet(copy, input.Trim());
        return error is null ? (copy, null) : (null, error);
    }

    /// <summary>The message for a value that breaks this setting's rules, or null if it keeps them (or is absent).</summary>
    public abstract string? ProblemIn(PracticePolicy policy);

    /// <summary>How a change is told in the history ("Assessment timescale: 45 → 40 working days"), or null if there is none.</summary>
    public string? DescribeChange(PracticePolicy before, PracticePolicy after)
    {
        var (old, now) = (Display(before), Display(after));
        return old == now ? null : $"{Name}: {Describe(old)} → {Describe(now)}{UnitAfterChange}";
    }

    /// <summary>Sets the value on this policy, or returns why the input is not one.</summary>
    protected abstract string? TrySet(PracticePolicy policy, string input);

    protected virtual string Describe(string? value) => value ?? "(none)";

    protected virtual string UnitAfterChange => "";

    protected static PracticePolicy Changed(PracticePolicy policy, Action<PracticePolicy> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var copy = SettingsJson.Clone(policy);
        change(copy);
        return copy;
    }
}
