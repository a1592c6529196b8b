using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Metrics.Outbox;

/// <summary>
/// Turns the measures of the periods being shared into the snapshots that may leave the authority: primary
/// suppression, then <see cref="LinkedSuppression"/> over these periods together with everything this authority has
/// shared before for them, the year before and the years in between (the hub keeps every revision, so a value it was
/// once sent and that is still true is known for good).
/// </summary>
public sealed partial class DisclosedSnapshots(MetricsDbContext db, ILogger<DisclosedSnapshots> logger)
{
    public async Task<IReadOnlyList<IndicatorSnapshotPublished>> ForAsync(
        IReadOnlyList<(ReportingPeriod Period, IReadOnlyList<Measure> Measures)> computed, ComputationSettings settings, string authorityCode, DateOnly today, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(settings);
        if (computed.Count == 0)
        {
            return [];
        }

        var threshold = Math.Max(settings.SuppressionThreshold, DisclosureControl.MinimumThreshold);
        var sharing = computed.Select(c => c.Period).ToHashSet();
        var firstYear = computed.Min(c => c.Period.ReportingYear) - 1;
        var lastYear = computed.Max(c => c.Period.ReportingYear);
        var universe = Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .SelectMany(y => IndicatorPublisher.PeriodsWithin(ReportingPeriod.Year(y)))
            .Where(p => p.Start <= today).ToList();

        var truth = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in computed.SelectMany(c => TrueQuantities.Of(c.Period, c.Measures.Where(m => Shared(c.Period, m)))))
        {
            truth[quantity] = value;
        }

        var known = await KnownAsync(ReportingPeriod.Year(firstYear).Start, ReportingPeriod.Year(lastYear).End, sharing, truth, ct);
        var result = LinkedSuppression.Apply(truth, known, LinkedIdentities.Among(universe), threshold);

        if (result.Withheld.Count > 0)
        {
            LogWithheld(logger, authorityCode, string.Join(", ", result.Withheld.Select(p => p.Key)));
        }

        return [.. computed.Where(c => !result.Withheld.Contains(c.Period)).Select(c => new IndicatorSnapshotPublished
        {
            Authority = new AuthorityCode(authorityCode),
            Period = c.Period,
            CatalogueVersion = IndicatorCatalogue.Version,
            ComputedAt = now,
            Values = [.. c.Measures.Select(m => !Shared(c.Period, m)
                ? new IndicatorValue { Indicator = m.Indicator, Status = ValueStatus.Unavailable }
                : Hides(result.Hidden, c.Period, m)
                    ? new IndicatorValue { Indicator = m.Indicator, Status = ValueStatus.Suppressed }
                    : DisclosureControl.Apply(m, threshold, settings.ChildrenAged0To17))],
        })];
    }

    /// <summary>Whether a figure goes to the hub at all: one shared by reporting year only goes out as <c>x</c> for a month or quarter, and the hub learns nothing of it.</summary>
    private static bool Shared(ReportingPeriod period, Measure measure) => IndicatorCatalogue.Get(measure.Indicator).IsSharedFor(period);

    private static bool Hides(IReadOnlySet<Quantity> hidden, ReportingPeriod period, Measure measure) =>
        IndicatorQuantities.Of(IndicatorCatalogue.Get(measure.Indicator)).Any(q => hidden.Contains(new Quantity(period, q.Counted)));

    /// <summary>
    /// What the hub already holds of these years: the latest values of each period not shared now, and every value of a
    /// period shared now that some earlier snapshot stated and that is still true. Snapshots of every catalogue version
    /// count: the hub keeps them all, and a quantity is named by the catalogue's words, which a new version does not
    /// reuse for a different meaning (version 2 only added the audit indicators).
    /// </summary>
    private async Task<Dictionary<Quantity, long>> KnownAsync(
        DateOnly from, DateOnly to, HashSet<ReportingPeriod> sharing, Dictionary<Quantity, long> truth, CancellationToken ct)
    {
        var bodies = await db.SharedSnapshots.AsNoTracking()
            .Where(s => s.PeriodStart >= from && s.PeriodStart <= to)
            .OrderBy(s => s.Id).Select(s => s.Body).ToListAsync(ct);
        var known = new Dictionary<Quantity, long>();
        var latest = new Dictionary<ReportingPeriod, IndicatorSnapshotPublished>();
        foreach (var snapshot in bodies.Select(b => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(b, ContractJson.Options)!))
        {
            latest[snapshot.Period] = snapshot;
            if (sharing.Contains(snapshot.Period))
            {
                foreach (var (quantity, value) in PublishedQuantities.Of(snapshot))
                {
                    if (truth.TryGetValue(quantity, out var now) && now == value)
                    {
                        known[quantity] = value;
                    }
                }
            }
        }

        foreach (var snapshot in latest.Values.Where(s => !sharing.Contains(s.Period)))
        {
            foreach (var (quantity, value) in PublishedQuantities.Of(snapshot))
            {
                known[quantity] = value;
            }
        }

        return known;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Held back the snapshots of {Authority} for {Periods}: a small figure of theirs would follow from what was shared before")]
    private static partial void LogWithheld(ILogger logger, string authority, string periods);
}
