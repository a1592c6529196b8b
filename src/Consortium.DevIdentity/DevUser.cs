namespace Consortium.DevIdentity;

public sealed record DevUser(string UserName, string Subject, string Name, string Email, IReadOnlyList<string> Roles, string? Team = null);
