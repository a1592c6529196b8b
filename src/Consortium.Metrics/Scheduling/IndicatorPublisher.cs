using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Scheduling;

/// <summary>
/// Which periods get snapshots when: the recent ones (this and the previous month, quarter and reporting year)
/// daily or on request, and every period from a given year for a backfill. Each authority runs in its own scope.
/// </summary>
public sealed class IndicatorPublisher(ITenantScopeRunner scopes, TimeProvider clock)
{
    public static readonly PeriodKind[] Kinds = [PeriodKind.Month, PeriodKind.Quarter, PeriodKind.ReportingYear];

    public IReadOnlyList<ReportingPeriod> RecentPeriods()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. Kinds.SelectMany(kind =>
        {
            var current = ReportingPeriod.Containing(kind, today);
            return new[] { current.Previous(), current };
        })];
    }

    /// <summary>The recent periods. The daily run skips a period whose values have not changed since last shared.</summary>
    public Task<int> PublishRecentAsync(TenantInfo tenant, SnapshotReason reason, CancellationToken ct = default) =>
        WriteAsync(tenant, RecentPeriods(), reason, skipUnchanged: reason == SnapshotReason.Daily, ct);

    /// <summary>The programme timeline, unless its version is the last one in the outbox: the daily run's catch-up after a save whose share never reached the outbox.</summary>
    public Task<bool> ShareTimelineAsync(TenantInfo tenant, CancellationToken ct = default) =>
        scopes.RunAsync(tenant, (services, token) => services.GetRequiredService<TimelineSharing>().ShareAsync(token), ct);

    /// <summary>Every month, quarter and reporting year from April of <paramref name="fromYear"/> to today, a reporting year at a time.</summary>
    public async Task<int> BackfillAsync(TenantInfo tenant, int fromYear, SnapshotReason reason, IProgress<BackfillProgress>? progress = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = Enumerable.Range(fromYear, ReportingPeriod.YearOf(today).ReportingYear - fromYear + 1).Select(ReportingPeriod.Year).ToList();
        var written = 0;
        for (var i = 0; i < years.Count; i++)
        {
            var periods = PeriodsWithin(years[i]).Where(p => p.Start <= today).ToList();
            written += await WriteAsync(tenant, periods, reason, skipUnchanged: false, ct);
            progress?.Report(new BackfillProgress(i + 1, years.Count, years[i].Key, written));
        }

        return written;
    }

    /// <summary>The reporting year, its four quarters and its twelve months.</summary>
    public static IEnumerable<ReportingPeriod> PeriodsWithin(ReportingPeriod year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return ReportingPeriod.YearWithItsParts(year.ReportingYear);
    }

    private Task<int> WriteAsync(TenantInfo tenant, IReadOnlyList<ReportingPeriod> periods, SnapshotReason reason, bool skipUnchanged, CancellationToken ct) =>
        scopes.RunAsync(tenant, (services, token) =>
            services.GetRequiredService<SnapshotWriter>().WriteAsync(periods, reason, skipUnchanged, token), ct);
}
