namespace Consortium.Tenancy.Stores;

public sealed record TenantCatalogResult(TenantInfo? Tenant, IReadOnlyList<(string Field, string Message)> Problems)
{
    public bool Succeeded => Tenant is not null;
}
