namespace Consortium.Hub.Published;

/// <summary>
/// The Department's published figures as shipped with the build, read once into memory: public data (Open Government
/// Licence), for an authority's own pages, which never read the hub's database. A <c>published load --from</c> changes the
/// hub's copy only; the authorities read the copy their build shipped with.
/// </summary>
public sealed class ShippedPublishedFigures
{
    private readonly Lazy<PublishedSet> _set = new(() =>
    {
        var files = PublishedFiles.Shipped();
        return new PublishedSet(files.Values(), files.Areas(), files.Population(), files.Neighbours());
    });

    public PublishedSet Set => _set.Value;
}
