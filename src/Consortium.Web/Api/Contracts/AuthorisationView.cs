using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A request for a team manager's authorisation of a step on a case, and what became of it.</summary>
public sealed record AuthorisationView(
    Guid Id, Guid CaseId, CaseStage FromStage, CaseStage ToStage, DateOnly ProposedOn, string RequestedBy, DateTimeOffset RequestedAt,
    AuthorisationDecision Decision, string? DecidedBy, DateTimeOffset? DecidedAt, string? DeclineReason)
{
    public static AuthorisationView From(AuthorisationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.CaseId, request.From, request.To, request.ProposedOn, request.RequestedByName, request.RequestedAt,
            request.Decision, request.DecidedByName, request.DecidedAt, request.DeclineReason);
    }
}
