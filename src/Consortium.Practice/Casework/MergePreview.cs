namespace Consortium.Practice.Casework;

/// <summary>Two records of one child as an administrator sees them before merging: the one kept and the one merged into it.</summary>
public sealed record MergePreview(Child Kept, IReadOnlyList<CaseRecord> KeptEpisodes, Child Merged, IReadOnlyList<CaseRecord> MergedEpisodes);
