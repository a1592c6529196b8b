namespace Consortium.Practice.Casework;

/// <summary>A case's notes, latest first, with the case and child they belong to.</summary>
public sealed record CaseNotes(Child Child, CaseRecord Case, IReadOnlyList<CaseNote> Notes);
