namespace Consortium.Tenancy;

internal sealed class AsyncLocalTenantContextAccessor : ITenantContextAccessor, ITenantContextSetter
{
    private static readonly AsyncLocal<TenantInfo?> CurrentTenant = new();

    public TenantInfo? Current => CurrentTenant.Value;

    public void SetCurrent(TenantInfo? tenant) => CurrentTenant.Value = tenant;
}
