namespace Consortium.Practice.Casework;

/// <summary>A child already on record who may be the child being referred, and why they may be.</summary>
public sealed record ChildMatch(Guid ChildId, string Reference, string Name, DateOnly? DateOfBirth, string? Address, string? OpenCaseReference, IReadOnlyList<string> Reasons);
