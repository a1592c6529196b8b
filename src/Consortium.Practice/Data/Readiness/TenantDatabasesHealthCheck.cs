using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data.Readiness;

/// <summary>Ready when the monitor's last pass, recent enough, found every authority's database reachable and migrated.</summary>
internal sealed class TenantDatabasesHealthCheck(AuthorityDatabasesMonitor monitor, IOptions<AuthorityDatabasesOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = monitor.Last;
        if (last is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The authority databases have not been checked yet"));
        }

        var settings = options.Value;
        var age = clock.GetUtcNow() - last.CheckedAt;
        if (age > TimeSpan.FromSeconds(settings.IntervalSeconds * settings.StaleAfterIntervals) + last.Took)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The authority databases were last checked {age.TotalSeconds:F0} s ago; the check has stopped"));
        }

        var data = new Dictionary<string, object> { ["authorities"] = last.Authorities, ["failing"] = last.Failing, ["checkedAt"] = last.CheckedAt };
        return Task.FromResult(last.Failing.Count == 0
            ? HealthCheckResult.Healthy($"{last.Authorities} authority databases ready", data)
            : HealthCheckResult.Unhealthy($"{last.Failing.Count} of {last.Authorities} authority databases not ready: {string.Join(", ", last.Failing)}", data: data));
    }
}
