using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Comparison;

/// <summary>A place in the ranking: 1 is best. Band A is always the best quarter of the ranks, D the worst.</summary>
public readonly record struct RankAndBand(int Rank, char Band);
