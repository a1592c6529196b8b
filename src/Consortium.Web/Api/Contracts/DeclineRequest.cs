namespace Consortium.Web.Api.Contracts;

/// <summary>A team manager's reason for not authorising a step.</summary>
public sealed record DeclineRequest(string? Reason);
