namespace Consortium.Tenancy.Options;

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
