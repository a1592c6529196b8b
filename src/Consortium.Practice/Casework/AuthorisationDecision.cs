namespace Consortium.Practice.Casework;

/// <summary>Where a request for a manager's authorisation stands.</summary>
public enum AuthorisationDecision
{
    Waiting,
    Authorised,
    Declined,
}
