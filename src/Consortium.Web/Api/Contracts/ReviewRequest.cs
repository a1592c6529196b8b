using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A review conference as sent: when it was held, its outcome and, when the plan ends, what follows (and why a case closes).</summary>
public sealed record ReviewRequest(DateOnly? HeldOn, ReviewOutcome? Outcome, CaseStage? Then = null, string? ClosureReason = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var problems = new List<FieldError>();
        if (HeldOn is null)
        {
            problems.Add(new(nameof(HeldOn), "Enter the date the review conference was held"));
        }

        if (Outcome is null)
        {
            problems.Add(new(nameof(Outcome), "Say whether the plan continues (ContinuePlan) or ends (EndPlan)"));
        }

        return problems;
    }

    public ReviewInput ToInput() =>
        new(HeldOn ?? throw new InvalidOperationException("Validate first."), Outcome ?? throw new InvalidOperationException("Validate first."), Then, string.IsNullOrWhiteSpace(ClosureReason) ? null : ClosureReason.Trim());
}
