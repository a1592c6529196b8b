namespace Consortium.Tenancy.Stores;

internal sealed class TenantDirectory(IEnumerable<ITenantStore> stores) : ITenantDirectory
{
    private readonly ITenantStore[] _stores = [.. stores];

    public async Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = new List<TenantInfo>();
        foreach (var store in _stores)
        {
            foreach (var tenant in await store.GetAllAsync(cancellationToken))
            {
                if (seen.Add(tenant.Identifier))
                {
                    all.Add(tenant);
                }
            }
        }

        return all;
    }

    public async Task<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default)
    {
        if (!TenantIdentifier.IsWellFormed(identifier) || TenantIdentifier.IsReserved(identifier))
        {
            return null;
        }

        var all = await GetAllAsync(cancellationToken);
        return all.FirstOrDefault(t => string.Equals(t.Identifier, identifier, StringComparison.Ordinal));
    }

    public async Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var all = await GetAllAsync(cancellationToken);
        return all.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
    }
}
