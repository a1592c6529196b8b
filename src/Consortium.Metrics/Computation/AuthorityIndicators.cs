using Consortium.Contracts;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Consortium.Practice.Policy;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Computation;

/// <summary>The current authority's indicators for a period, computed now from its own data.</summary>
public sealed class AuthorityIndicators(MetricsDbContext db, ITenantContextAccessor tenants, IOptionsSnapshot<PracticePolicy> policy, IOptionsSnapshot<TrainingPolicy> training, WorkingDayNumbers workingDays, TimeProvider clock)
{
    public async Task<IReadOnlyList<AuthorityIndicator>> ForAsync(ReportingPeriod period, CancellationToken ct = default)
    {
        var tenant = tenants.Current ?? throw new InvalidOperationException("Indicators are computed for one authority at a time.");
        await workingDays.EnsureAsync(db, ct);
        await PlannerStatistics.RefreshAsync(db.Database, ct);
        var settings = ComputationSettings.For(tenant, policy.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), training.Value);
        var measures = await IndicatorComputer.ComputeAsync(db, period, settings, ct);
        return [.. measures.Select(m => new AuthorityIndicator(m, DisclosureControl.Apply(m, settings.SuppressionThreshold, settings.ChildrenAged0To17)))];
    }
}
