namespace Consortium.Practice.Casework;

/// <summary>How a team manager narrows and orders their team's open cases.</summary>
public sealed record TeamCaseloadQuery(CaseStage? Stage = null, string? Worker = null, bool OverdueOnly = false, TeamCaseloadSort Sort = TeamCaseloadSort.NextDue, int Page = 0);

/// <summary>The orders the team caseload can be shown in.</summary>
public enum TeamCaseloadSort
{
    NextDue,
    Referral,
    Worker,
    Stage,
}
