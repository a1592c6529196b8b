using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// The body of a stage move: the stage, the date it happened, and what that stage needs (category of abuse, closure
/// reason, the assessment factors when the move authorises the single assessment); with includeSiblings, the same move
/// for every other open case of the sibling group at the same stage, all or none.
/// </summary>
public sealed record StageMoveRequest(CaseStage? To, DateOnly? EffectiveOn, string? CategoryOfAbuse = null, string? ClosureReason = null, IReadOnlyList<string>? AssessmentFactors = null, bool IncludeSiblings = false)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var problems = new List<FieldError>();
        if (To is null)
        {
            problems.Add(new(nameof(To), "Select the stage the case is moving to"));
        }

        if (EffectiveOn is null)
        {
            problems.Add(new(nameof(EffectiveOn), "Enter the date it happened"));
        }

        return problems;
    }

    public StageTransition ToTransition() =>
        new(To ?? throw new InvalidOperationException("Validate the move first."), EffectiveOn ?? throw new InvalidOperationException("Validate the move first."), Blank(CategoryOfAbuse), Blank(ClosureReason), AssessmentFactors);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
