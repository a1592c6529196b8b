namespace Consortium.Tenancy.Stores;

/// <summary>Every authority this deployment serves, from all stores; the first store to name a slug wins.</summary>
public interface ITenantDirectory
{
    Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default);
}
