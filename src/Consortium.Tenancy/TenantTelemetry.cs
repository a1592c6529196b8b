using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Consortium.Tenancy;

/// <summary>
/// Stamps the tenant's slug (never anything about a person) on the current trace and log scope.
/// </summary>
public static class TenantTelemetry
{
    public const string TagName = "consortium.tenant";

    public static IDisposable? Enter(ILogger logger, TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Activity.Current?.SetTag(TagName, tenant.Identifier);
        return logger.BeginScope(new Dictionary<string, object> { [TagName] = tenant.Identifier });
    }
}
