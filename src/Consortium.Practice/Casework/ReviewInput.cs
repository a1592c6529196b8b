using Consortium.Practice.Outcomes;
namespace Consortium.Practice.Casework;

/// <summary>A review conference as recorded: when it was held, the outcome and, when it ends the plan, what follows.</summary>
public sealed record ReviewInput(DateOnly HeldOn, ReviewOutcome Outcome, CaseStage? Then = null, string? ClosureReason = null)
{
    /// <summary>The stage move that ending the plan at this review makes.</summary>
    public StageTransition EndingMove => new(Then ?? throw new InvalidOperationException("Only a review that ends the plan moves the case."), HeldOn, ClosureReason: ClosureReason);
}
