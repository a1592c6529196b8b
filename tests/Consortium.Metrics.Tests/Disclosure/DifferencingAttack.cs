using Consortium.Contracts;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;

namespace Consortium.Metrics.Tests.Disclosure;

/// <summary>
/// The attacker of the threat model: holds every snapshot an authority ever shared (every revision), knows the
/// catalogue and the identities between its quantities, and narrows every quantity with the interval solver, once on
/// the latest value of each period and once believing, for each quantity now hidden, a value an earlier revision
/// stated. A finding is a quantity whose true value is from 1 to the threshold and that the attacker pins to fewer
/// than threshold + 1 values around it.
/// </summary>
public static class DifferencingAttack
{
    public static IReadOnlyList<Finding> Run(
        IReadOnlyList<IndicatorSnapshotPublished> everyShare, IReadOnlyDictionary<Quantity, long> truth, IEnumerable<ReportingPeriod> periods, int threshold)
    {
        ArgumentNullException.ThrowIfNull(everyShare);
        ArgumentNullException.ThrowIfNull(truth);
        var identities = LinkedIdentities.Among(periods);
        var latest = new Dictionary<ReportingPeriod, IndicatorSnapshotPublished>();
        var everStated = new Dictionary<Quantity, long>();
        foreach (var share in everyShare)
        {
            if (!latest.TryGetValue(share.Period, out var held) || held.ComputedAt <= share.ComputedAt)
            {
                latest[share.Period] = share;
            }

            foreach (var (quantity, value) in PublishedQuantities.Of(share))
            {
                everStated[quantity] = value;
            }
        }

        var current = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in latest.Values.SelectMany(PublishedQuantities.Of))
        {
            current[quantity] = value;
        }

        var withRevisions = new Dictionary<Quantity, long>(current);
        foreach (var (quantity, value) in everStated)
        {
            withRevisions.TryAdd(quantity, value);
        }

        var findings = new Dictionary<Quantity, Finding>();
        foreach (var (published, how) in new[] { (current, "latest tables"), (withRevisions, "latest tables and earlier revisions") })
        {
            var intervals = IntervalSolver.Solve(published, identities);
            if (intervals is null)
            {
                continue;
            }

            foreach (var (quantity, value) in truth.Where(t => t.Value >= 1 && t.Value <= threshold))
            {
                if (intervals.TryGetValue(quantity, out var known) && known.Contains(value) && DisclosureAudit.Narrow(known, threshold))
                {
                    findings.TryAdd(quantity, new Finding(quantity, value, known, how));
                }
            }
        }

        return [.. findings.Values];
    }

    public sealed record Finding(Quantity Quantity, long Truth, Interval Known, string From)
    {
        public override string ToString() => $"{Quantity} is {Truth}, known to be in {Known} from the {From}";
    }
}
