namespace Consortium.Tenancy.Options;

/// <summary>Clears every per-tenant options type cached for one authority.</summary>
public interface ITenantOptionsInvalidator
{
    void Invalidate(string tenantId);
}

internal sealed class TenantOptionsInvalidator(IEnumerable<ITenantOptionsCache> caches) : ITenantOptionsInvalidator
{
    public void Invalidate(string tenantId)
    {
        foreach (var cache in caches)
        {
            cache.Clear(tenantId);
        }
    }
}
