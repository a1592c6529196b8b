namespace Consortium.Practice.Casework;

/// <summary>One significant event of a case: when, what kind, what happened in words, and who recorded it where known.</summary>
public sealed record ChronologyEvent(DateOnly On, ChronologyEventKind Kind, string What, string? RecordedBy = null);
