using Consortium.Practice.Census.Validation;

namespace Consortium.Practice.Census.Building;

/// <summary>A census file built from casework, with where each child of it is recorded (to point a failure at the record to correct).</summary>
public sealed record CensusBuild(CensusFile File, IReadOnlyDictionary<string, CensusChildRecord> Records);

/// <summary>The child record behind a census child, and the case behind each of its episodes, in the file's order.</summary>
public sealed record CensusChildRecord(Guid ChildId, IReadOnlyList<Guid> EpisodeCaseIds);
