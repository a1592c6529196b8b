using System.Globalization;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Stores;

/// <summary>
/// The consortium's ten authorities from the reference data shipped with the product, with the
/// deployment's settings for each (connection, documents, identity provider, policy seed) from
/// configuration. Configuration changes are seen without a restart.
/// </summary>
internal sealed class ReferenceDataTenantStore(IOptionsMonitor<TenancyOptions> options) : ITenantStore
{
    private static readonly Lazy<IReadOnlyList<TenantInfo>> Authorities = new(LoadAuthorities);

    public Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var overrides = options.CurrentValue.Tenants;
        IReadOnlyList<TenantInfo> tenants = [.. Authorities.Value.Select(t => Apply(t, overrides.GetValueOrDefault(t.Identifier)))];
        return Task.FromResult(tenants);
    }

    internal static IReadOnlyList<TenantInfo> LoadAuthorities()
    {
        using var stream = typeof(ReferenceDataTenantStore).Assembly.GetManifestResourceStream("Consortium.Tenancy.authorities.csv")
            ?? throw new InvalidOperationException("The authorities reference data is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = CsvLine.Split(reader.ReadLine() ?? "");
        int Column(string name) => header.ToList().IndexOf(name) is var i and >= 0
            ? i
            : throw new InvalidOperationException($"The authorities reference data has no '{name}' column.");

        var slug = Column("slug");
        var name = Column("la_name");
        var oldCode = Column("old_la_code");
        var newCode = Column("new_la_code");
        var type = Column("la_type");
        var regionCode = Column("region_code");
        var regionName = Column("region_name");
        var children = Column("children_0_17_2024");

        var tenants = new List<TenantInfo>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = CsvLine.Split(line);
            tenants.Add(new TenantInfo
            {
                Id = f[newCode],
                Identifier = f[slug],
                Name = f[name],
                OldLaCode = f[oldCode],
                NewLaCode = f[newCode],
                LaType = f[type],
                RegionCode = f[regionCode],
                RegionName = f[regionName],
                ChildrenAged0To17 = int.Parse(f[children], CultureInfo.InvariantCulture),
                DocumentContainer = DefaultDocumentContainer(f[slug]),
                Source = TenantSource.ReferenceData,
            });
        }

        return tenants;
    }

    internal static string DefaultDocumentContainer(string slug) => $"documents-{slug}";

    private static TenantInfo Apply(TenantInfo tenant, TenantOverrides? overrides) => overrides is null
        ? tenant
        : tenant with
        {
            ConnectionString = overrides.ConnectionString ?? tenant.ConnectionString,
            DocumentContainer = overrides.DocumentContainer ?? tenant.DocumentContainer,
            IdentityProvider = overrides.IdentityProvider?.ToSettings() ?? tenant.IdentityProvider,
            PolicySeed = overrides.PolicySeed,
        };
}
