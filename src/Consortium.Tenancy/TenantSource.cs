namespace Consortium.Tenancy;

public enum TenantSource
{
    ReferenceData,
    Catalog,
}
