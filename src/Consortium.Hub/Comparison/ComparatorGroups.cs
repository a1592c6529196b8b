using Consortium.Hub.Authorities;

namespace Consortium.Hub.Comparison;

/// <summary>
/// LAIT's comparator groups over the figures the hub holds. Each mean is taken of the number authorities are compared
/// on (<see cref="ComparedValue"/>), never of counts: a mean of counts says nothing across authorities of different
/// sizes, so a count takes part through its rate per 10,000 children.
/// <list type="bullet">
/// <item>Statistical neighbours: the simple mean over the authority's ten named neighbours, out of the ten; a neighbour
/// the hub does not know counts as not reporting.</item>
/// <item>Region: the simple mean over the other authorities of its region that the hub knows, out of those. The
/// authority itself is left out: with only a few of a region's authorities reporting, its own value would pull the
/// figure it is compared with towards itself (half of it with one other). This is not the Department's regional
/// figure, which is the total over every authority of the region.</item>
/// </list>
/// </summary>
public sealed class ComparatorGroups(AuthorityRegistry authorities)
{
    /// <param name="compared">The compared value of each authority with an available value, by code.</param>
    public Comparators For(HubAuthority authority, IReadOnlyDictionary<string, decimal> compared)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(compared);
        return new Comparators(
            GroupMean.Of(ValuesOf(authorities.NeighboursOf(authority), compared), authority.StatisticalNeighbours.Count),
            GroupMean.Of(ValuesOf(authorities.OthersInRegion(authority), compared), authorities.OthersInRegion(authority).Count));
    }

    private static IEnumerable<decimal?> ValuesOf(IReadOnlyList<HubAuthority> group, IReadOnlyDictionary<string, decimal> compared) =>
        group.Select(a => compared.TryGetValue(a.Code, out var value) ? value : (decimal?)null);
}
