namespace Consortium.Practice.Casework;

/// <summary>What became of a proposed stage move: made (<see cref="Awaiting"/> null), or waiting for a manager's authorisation.</summary>
public sealed record ProposedMove(CaseRecord Case, AuthorisationRequest? Awaiting);
