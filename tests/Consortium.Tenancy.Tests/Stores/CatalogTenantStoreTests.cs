using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Tenancy.Tests.Stores;

public sealed class CatalogTenantStoreTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-catalog-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private ServiceProvider Process(int cacheSeconds, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = _dataDirectory,
            ["Tenancy:CatalogCacheSeconds"] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ServiceCollection().AddLogging().AddTenancy(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).BuildServiceProvider();
    }

    private static readonly NewTenant Rutland = new()
    {
        Identifier = "rutland",
        Name = "Rutland",
        OldLaCode = "857",
        NewLaCode = "E06000017",
        RegionCode = "E12000004",
        RegionName = "East Midlands",
        ChildrenAged0To17 = 7000,
        PolicySeed = new Dictionary<string, string> { ["Terminology.ModelName"] = "Rutland Safety" },
    };

    [Fact]
    public async Task An_onboarded_authority_joins_the_directory_beside_the_reference_ten()
    {
        await using var services = Process(cacheSeconds: 60);
        var catalog = services.GetRequiredService<ITenantCatalog>();
        var directory = services.GetRequiredService<ITenantDirectory>();
        await catalog.MigrateAsync();
        Assert.Equal(10, (await directory.GetAllAsync()).Count);

        var result = await catalog.AddAsync(Rutland);

        Assert.True(result.Succeeded);
        var rutland = await directory.FindByIdentifierAsync("rutland");
        Assert.NotNull(rutland);
        Assert.Equal(TenantSource.Catalog, rutland.Source);
        Assert.Equal("E06000017", rutland.Id);
        Assert.Equal("Rutland Safety", rutland.PolicySeed["Terminology.ModelName"]);
        Assert.Equal(11, (await directory.GetAllAsync()).Count);
    }

    [Fact]
    public async Task An_onboarded_authoritys_identity_provider_is_set_by_configuration_as_the_reference_tens_is()
    {
        const string prefix = "Tenancy:Tenants:rutland:IdentityProvider:";
        await using var services = Process(cacheSeconds: 0, new Dictionary<string, string?>
        {
            [prefix + "Authority"] = "https://login.microsoftonline.com/rutland-tenant/v2.0",
            [prefix + "ClientId"] = "rutland-app",
            [prefix + "ClientAuthenticationMethod"] = "private_key_jwt",
            [prefix + "ClientCertificateName"] = "IdentityProviders:rutland:Certificate",
        });
        var catalog = services.GetRequiredService<ITenantCatalog>();
        await catalog.MigrateAsync();
        await catalog.AddAsync(Rutland with { IdentityProvider = new IdentityProviderSettings { Authority = "https://old.example/rutland", ClientId = "old", ClientSecretName = "Old:Secret" } });

        var rutland = (await services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("rutland"))!;

        Assert.Equal("https://login.microsoftonline.com/rutland-tenant/v2.0", rutland.IdentityProvider.Authority);
        Assert.Equal("rutland-app", rutland.IdentityProvider.ClientId);
        Assert.Equal("private_key_jwt", rutland.IdentityProvider.ClientAuthenticationMethod);
        Assert.Equal("IdentityProviders:rutland:Certificate", rutland.IdentityProvider.ClientCertificateName);
        Assert.Null(rutland.IdentityProvider.ClientSecretName);
        Assert.Equal("Rutland Safety", rutland.PolicySeed["Terminology.ModelName"]);
    }

    [Fact]
    public async Task Another_process_sees_the_new_authority_without_a_restart()
    {
        await using var web = Process(cacheSeconds: 0);
        await using var operatorCommand = Process(cacheSeconds: 0);
        await web.GetRequiredService<ITenantCatalog>().MigrateAsync();
        Assert.Null(await web.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("rutland"));

        await operatorCommand.GetRequiredService<ITenantCatalog>().AddAsync(Rutland);

        Assert.NotNull(await web.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("rutland"));
    }

    [Fact]
    public async Task A_slug_or_code_already_in_use_is_refused_and_nothing_is_saved()
    {
        await using var services = Process(cacheSeconds: 0);
        var catalog = services.GetRequiredService<ITenantCatalog>();
        await catalog.MigrateAsync();

        var clash = await catalog.AddAsync(Rutland with { Identifier = "brent" });
        var codeClash = await catalog.AddAsync(Rutland with { NewLaCode = "E09000005" });

        Assert.Equal([("Identifier", "An authority with short name 'brent' already exists")], clash.Problems);
        Assert.Equal([("NewLaCode", "An authority with this LA code already exists")], codeClash.Problems);
        Assert.Equal(10, (await services.GetRequiredService<ITenantDirectory>().GetAllAsync()).Count);
    }

    [Fact]
    public async Task Reserved_and_unknown_identifiers_are_never_found()
    {
        await using var services = Process(cacheSeconds: 0);
        await services.GetRequiredService<ITenantCatalog>().MigrateAsync();
        var directory = services.GetRequiredService<ITenantDirectory>();

        Assert.Null(await directory.FindByIdentifierAsync("hub"));
        Assert.Null(await directory.FindByIdentifierAsync("Brent"));
        Assert.Null(await directory.FindByIdentifierAsync("evil.example"));
        Assert.NotNull(await directory.FindByIdentifierAsync("brent"));
    }
}
