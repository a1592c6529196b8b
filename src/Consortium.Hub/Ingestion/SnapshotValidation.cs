using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;

namespace Consortium.Hub.Ingestion;

/// <summary>What a snapshot must be before the hub stores it: from a known authority, in a catalogue version the hub knows.</summary>
internal static class SnapshotValidation
{
    public static void EnsureAcceptable(IndicatorSnapshotPublished snapshot, AuthorityRegistry authorities)
    {
        if (!authorities.IsKnown(snapshot.Authority))
        {
            throw new SnapshotRefusedException(RefusalReason.UnknownAuthority, $"The hub does not know authority {snapshot.Authority}.");
        }

        if (snapshot.CatalogueVersion < 1 || snapshot.CatalogueVersion > IndicatorCatalogue.Version)
        {
            throw new SnapshotRefusedException(
                RefusalReason.UnknownCatalogueVersion,
                $"Catalogue version {snapshot.CatalogueVersion} from {snapshot.Authority} is not one the hub knows (1 to {IndicatorCatalogue.Version}).");
        }

        var seen = new HashSet<IndicatorCode>();
        foreach (var value in snapshot.Values)
        {
            if (!IndicatorCatalogue.TryGet(value.Indicator, out var definition) || definition.IntroducedInVersion > snapshot.CatalogueVersion)
            {
                throw new SnapshotRefusedException(
                    RefusalReason.UnknownIndicator,
                    $"Indicator {value.Indicator} is not in catalogue version {snapshot.CatalogueVersion}.");
            }

            if (!seen.Add(value.Indicator))
            {
                throw new SnapshotRefusedException(RefusalReason.IndicatorTwice, $"Indicator {value.Indicator} appears twice in one snapshot from {snapshot.Authority}.");
            }
        }
    }
}
