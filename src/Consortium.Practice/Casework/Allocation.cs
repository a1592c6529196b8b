namespace Consortium.Practice.Casework;

/// <summary>Who a case is allocated to: the worker's stable subject from their identity provider, their name and team.</summary>
public sealed record Allocation(string Subject, string Name, string Team);
