namespace Consortium.Tenancy.Stores;

/// <summary>One source of tenant definitions (reference data, the catalog database).</summary>
public interface ITenantStore
{
    Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default);
}
