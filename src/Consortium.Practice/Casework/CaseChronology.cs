namespace Consortium.Practice.Casework;

/// <summary>The events of a case's chronology that a filter shows, oldest first, with the case and child they belong to.</summary>
public sealed record CaseChronology(Child Child, CaseRecord Case, IReadOnlyList<ChronologyEvent> Events);
