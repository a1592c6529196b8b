using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;

namespace Consortium.Metrics.Tests.Disclosure;

/// <summary>
/// The attacker of the threat model: holds every snapshot an authority ever shared (every revision), knows the
/// catalogue and the identities between its quantities (the grades of case-file audits among them, written here from the
/// catalogue rather than taken from the method's list), and narrows every quantity with the interval solver, once on
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
        var all = periods.ToList();
        // The attacker's own reading of the catalogue, whatever the method thinks: the grades of the audits completed in a
        // period add up to them, and good or better is grades 1 and 2.
        IReadOnlyList<Identity> identities = [.. LinkedIdentities.Among(all), .. all.SelectMany(AuditGradeIdentities)];
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

    private static IEnumerable<Identity> AuditGradeIdentities(ReportingPeriod period)
    {
        Quantity Numerator(IndicatorCode code) => new(period, IndicatorCatalogue.Get(code).Numerator!);
        var grades = IndicatorCatalogue.AuditGrades.Select(Numerator).ToList();
        yield return Identity.Sum(new Quantity(period, IndicatorCatalogue.Get(IndicatorCode.QA_AUDIT_GOOD).Denominator!), grades);
        yield return Identity.Sum(Numerator(IndicatorCode.QA_AUDIT_GOOD), grades.Take(IndicatorCatalogue.AuditGoodOrBetterUpTo));
    }

    public sealed record Finding(Quantity Quantity, long Truth, Interval Known, string From)
    {
        public override string ToString() => $"{Quantity} is {Truth}, known to be in {Known} from the {From}";
    }
}
