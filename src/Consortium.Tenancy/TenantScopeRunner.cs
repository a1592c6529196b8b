using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consortium.Tenancy;

internal sealed class TenantScopeRunner(
    IServiceScopeFactory scopes,
    ITenantContextAccessor accessor,
    ITenantContextSetter setter,
    ILogger<TenantScopeRunner> logger) : ITenantScopeRunner
{
    public async Task<T> RunAsync<T>(TenantInfo tenant, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var previous = accessor.Current;
        setter.SetCurrent(tenant);
        try
        {
            using var telemetry = TenantTelemetry.Enter(logger, tenant);
            await using var scope = scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider, cancellationToken);
        }
        finally
        {
            setter.SetCurrent(previous);
        }
    }

    public Task RunAsync(TenantInfo tenant, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(tenant, async (services, ct) =>
        {
            await work(services, ct);
            return true;
        }, cancellationToken);
}
