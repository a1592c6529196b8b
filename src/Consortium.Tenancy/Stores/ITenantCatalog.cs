namespace Consortium.Tenancy.Stores;

/// <summary>Onboards and removes authorities in the catalog database.</summary>
public interface ITenantCatalog
{
    /// <summary>Adds the authority, or returns the problems that stop it; nothing is saved when there are any.</summary>
    Task<TenantCatalogResult> AddAsync(NewTenant tenant, CancellationToken cancellationToken = default);

    /// <summary>Removes an onboarded authority's catalog entry (used to undo a failed onboarding).</summary>
    Task RemoveAsync(string identifier, CancellationToken cancellationToken = default);

    /// <summary>Creates or upgrades the catalog database itself.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);
}
