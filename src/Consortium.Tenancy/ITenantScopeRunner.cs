namespace Consortium.Tenancy;

/// <summary>
/// Runs work for an explicit tenant in its own DI scope: background jobs, message consumers and operator
/// commands use it so that nothing depends on an ambient request.
/// </summary>
public interface ITenantScopeRunner
{
    Task<T> RunAsync<T>(TenantInfo tenant, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    Task RunAsync(TenantInfo tenant, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken = default);
}
