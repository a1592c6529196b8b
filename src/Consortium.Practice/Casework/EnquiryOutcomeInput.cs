using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>An outcome as the person sends it: which step, what was decided (still text until checked), when, and why.</summary>
public sealed record EnquiryOutcomeInput(EnquiryStep Step, string? Outcome, DateOnly? DecidedOn, string? Reasons)
{
    /// <param name="record">The case: the step must have started on it, and the outcome cannot come before it did.</param>
    public IReadOnlyList<FieldError> Validate(CaseRecord record, DateOnly today, out EnquiryOutcomeCode outcome)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<FieldError>();
        var name = EnquiryOutcomes.StepName(Step);
        if (!Enum.TryParse(Outcome, out outcome) || !Enum.IsDefined(outcome) || !EnquiryOutcomes.Of(Step).ContainsKey(outcome))
        {
            problems.Add(new(nameof(Outcome), $"Select the outcome of the {name.ToLowerInvariant()}"));
        }

        var started = Step == EnquiryStep.StrategyDiscussion ? record.StrategyDiscussion : record.Section47Start;
        if (DecidedOn is not { } on)
        {
            problems.Add(new(nameof(DecidedOn), "Enter the date of the outcome"));
        }
        else if (on > today)
        {
            problems.Add(new(nameof(DecidedOn), "The date of the outcome cannot be in the future"));
        }
        else if (started is { } start && on < start)
        {
            problems.Add(new(nameof(DecidedOn), $"The date of the outcome cannot be before the {name.ToLowerInvariant()}, {start:d MMMM yyyy}"));
        }

        if (Reasons is { Length: > EnquiryOutcome.MaxReasons })
        {
            problems.Add(new(nameof(Reasons), $"Reasons must be {EnquiryOutcome.MaxReasons} characters or fewer"));
        }

        return problems;
    }
}
