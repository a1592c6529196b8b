using Consortium.Hub.Authorities;

namespace Consortium.Hub.Comparison;

/// <summary>An authority's statistical neighbours' mean and the mean of the rest of its region, for one indicator and period.</summary>
public sealed record Comparators(GroupMean Neighbours, GroupMean Region);
