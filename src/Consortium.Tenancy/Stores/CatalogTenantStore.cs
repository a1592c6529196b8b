using System.Text.Json;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Stores;

/// <summary>
/// Authorities onboarded by an operator, read from the catalog database. Reads are reused for
/// <see cref="TenancyOptions.CatalogCacheSeconds"/>, so an authority added by another process (an operator
/// command, another instance) is served within that time without a restart; one added here is served at once.
/// </summary>
internal sealed class CatalogTenantStore(
    IDbContextFactory<CatalogDbContext> contexts,
    ITenantDirectoryAccess directory,
    IOptionsMonitor<TenancyOptions> options,
    TimeProvider clock) : ITenantStore, ITenantCatalog, IDisposable
{
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile Snapshot? _snapshot;
    private volatile bool _migrated;

    public async Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        var now = clock.GetUtcNow();
        if (snapshot is not null && now - snapshot.ReadAt < TimeSpan.FromSeconds(options.CurrentValue.CatalogCacheSeconds))
        {
            return snapshot.Tenants;
        }

        await EnsureMigratedAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        IReadOnlyList<TenantInfo> tenants = [.. rows.Select(r => WithConfiguredProvider(ToTenantInfo(r)))];
        _snapshot = new Snapshot(now, tenants);
        return tenants;
    }

    public async Task<TenantCatalogResult> AddAsync(NewTenant tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var problems = tenant.Validate().ToList();
        if (problems.Count == 0)
        {
            var existing = await directory.Directory.GetAllAsync(cancellationToken);
            if (existing.Any(t => string.Equals(t.Identifier, tenant.Identifier, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add((nameof(NewTenant.Identifier), $"An authority with short name '{tenant.Identifier}' already exists"));
            }

            if (existing.Any(t => t.NewLaCode == tenant.NewLaCode || t.OldLaCode == tenant.OldLaCode))
            {
                problems.Add((nameof(NewTenant.NewLaCode), "An authority with this LA code already exists"));
            }
        }

        if (problems.Count > 0)
        {
            return new TenantCatalogResult(null, problems);
        }

        var row = new CatalogTenant
        {
            Id = tenant.NewLaCode,
            Identifier = tenant.Identifier,
            Name = tenant.Name.Trim(),
            OldLaCode = tenant.OldLaCode,
            NewLaCode = tenant.NewLaCode,
            LaType = tenant.LaType,
            RegionCode = tenant.RegionCode,
            RegionName = tenant.RegionName.Trim(),
            ChildrenAged0To17 = tenant.ChildrenAged0To17,
            ConnectionString = tenant.ConnectionString,
            DocumentContainer = ReferenceDataTenantStore.DefaultDocumentContainer(tenant.Identifier),
            IdpAuthority = tenant.IdentityProvider.Authority,
            IdpMetadataAddress = tenant.IdentityProvider.MetadataAddress,
            IdpClientId = tenant.IdentityProvider.ClientId,
            IdpClientSecretName = tenant.IdentityProvider.ClientSecretName,
            PolicySeedJson = JsonSerializer.Serialize(tenant.PolicySeed),
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Tenants.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        _snapshot = null;
        return new TenantCatalogResult(WithConfiguredProvider(ToTenantInfo(row)), []);
    }

    public async Task RemoveAsync(string identifier, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Tenants.Where(t => t.Identifier == identifier).ExecuteDeleteAsync(cancellationToken);
        _snapshot = null;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migration.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            _migrated = true;
            _snapshot = null;
        }
        finally
        {
            _migration.Release();
        }
    }

    /// <summary>The catalog database is created on first use, so any entry point (web, command, test) finds it.</summary>
    private Task EnsureMigratedAsync(CancellationToken cancellationToken) =>
        _migrated ? Task.CompletedTask : MigrateAsync(cancellationToken);

    public void Dispose() => _migration.Dispose();

    /// <summary>
    /// An identity provider set in configuration (<c>Tenancy:Tenants:{slug}:IdentityProvider</c>) wins over the one
    /// given when onboarding, as for the reference ten: client authentication method, certificate and all.
    /// </summary>
    private TenantInfo WithConfiguredProvider(TenantInfo tenant) =>
        options.CurrentValue.Tenants.GetValueOrDefault(tenant.Identifier)?.IdentityProvider is { } configured
            ? tenant with { IdentityProvider = configured.ToSettings() }
            : tenant;

    private static TenantInfo ToTenantInfo(CatalogTenant row) => new()
    {
        Id = row.Id,
        Identifier = row.Identifier,
        Name = row.Name,
        OldLaCode = row.OldLaCode,
        NewLaCode = row.NewLaCode,
        LaType = row.LaType,
        RegionCode = row.RegionCode,
        RegionName = row.RegionName,
        ChildrenAged0To17 = row.ChildrenAged0To17,
        ConnectionString = row.ConnectionString,
        DocumentContainer = row.DocumentContainer,
        IdentityProvider = new IdentityProviderSettings
        {
            Authority = row.IdpAuthority,
            MetadataAddress = row.IdpMetadataAddress,
            ClientId = row.IdpClientId,
            ClientSecretName = row.IdpClientSecretName,
        },
        PolicySeed = JsonSerializer.Deserialize<Dictionary<string, string>>(row.PolicySeedJson) ?? [],
        Source = TenantSource.Catalog,
    };

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyList<TenantInfo> Tenants);
}
