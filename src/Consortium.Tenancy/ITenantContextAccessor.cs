namespace Consortium.Tenancy;

/// <summary>Reads the tenant of the current request or unit of work.</summary>
public interface ITenantContextAccessor
{
    TenantInfo? Current { get; }
}

/// <summary>Sets the tenant of the current unit of work. Only resolution middleware and scope runners use it.</summary>
public interface ITenantContextSetter
{
    void SetCurrent(TenantInfo? tenant);
}

internal sealed class AsyncLocalTenantContextAccessor : ITenantContextAccessor, ITenantContextSetter
{
    private static readonly AsyncLocal<TenantInfo?> CurrentTenant = new();

    public TenantInfo? Current => CurrentTenant.Value;

    public void SetCurrent(TenantInfo? tenant) => CurrentTenant.Value = tenant;
}
