namespace Consortium.Practice.Casework;

/// <summary>A request waiting for a team manager, as the team caseload lists it (no child's name where the record is restricted from the manager).</summary>
public sealed record WaitingAuthorisation(Guid RequestId, Guid CaseId, string CaseReference, string? ChildName, CaseStage From, CaseStage To, string RequestedByName, DateTimeOffset RequestedAt);
