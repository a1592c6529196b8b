namespace Consortium.Tenancy.Options;

/// <summary>Clears every per-tenant options type cached for one authority.</summary>
public interface ITenantOptionsInvalidator
{
    void Invalidate(string tenantId);
}
