using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.Web.Security;

/// <summary>Not ready while an identity provider's client secret or certificate is missing, or its method unknown: its sign-in could only fail.</summary>
internal sealed class ClientSecretsHealthCheck(ClientSecretsCheck check) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = await check.MissingAsync(cancellationToken);
        return missing.Count == 0
            ? HealthCheckResult.Healthy("Every configured identity provider has its client credentials")
            : HealthCheckResult.Unhealthy($"{missing.Count} identity provider client credentials are missing or wrong: {string.Join("; ", missing)}");
    }
}
