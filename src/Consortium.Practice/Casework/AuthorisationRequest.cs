using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A practitioner's request that a team manager authorise a step on a case (completing the single assessment, a child
/// in need plan, or closure), with the move as they proposed it, and the manager's decision. Kept once decided.
/// </summary>
public sealed class AuthorisationRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public CaseStage From { get; set; }
    public CaseStage To { get; set; }
    public DateOnly ProposedOn { get; set; }
    public string? CategoryOfAbuse { get; set; }
    public string? ClosureReason { get; set; }
    public List<string> AssessmentFactors { get; set; } = [];
    public bool IncludeSiblings { get; set; }
    public string RequestedBySubject { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public AuthorisationDecision Decision { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DeclineReason { get; set; }

    public StageTransition Move(DateOnly on) => new(To, on, CategoryOfAbuse, ClosureReason, AssessmentFactors.Count == 0 ? null : AssessmentFactors);
}
