using Consortium.Practice.Census;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A referral episode as other modules read it: its child and the dates of its statutory steps.</summary>
public sealed record CaseRow : ITenantOwned
{
    public Guid Id { get; init; }
    public string TenantId { get; set; } = "";
    public Guid ChildId { get; init; }
    public DateOnly ReferralDate { get; init; }
    public bool IsSynthetic { get; init; }
    public DateOnly? AssessmentAuthorised { get; init; }
    public DateOnly? StrategyDiscussion { get; init; }
    public DateOnly? InitialConference { get; init; }
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The census code the episode closed with (RC1 to RC8), if it has.</summary>
    public ClosureReason? ClosureReason { get; init; }
}
