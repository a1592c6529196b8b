using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Tests.Stores;

public sealed class ReferenceDataTenantStoreTests
{
    [Fact]
    public void Loads_the_ten_consortium_authorities_with_their_codes_and_population()
    {
        var all = ReferenceDataTenantStore.LoadAuthorities();

        Assert.Equal(10, all.Count);
        Assert.Equal(
            ["brent", "bristol", "leicestershire", "lincolnshire", "norfolk", "suffolk", "tower-hamlets", "wakefield", "west-sussex", "wokingham"],
            all.Select(t => t.Identifier).ToArray());
        var bristol = all.Single(t => t.Identifier == "bristol");
        Assert.Equal("Bristol, City of", bristol.Name);
        Assert.Equal("801", bristol.OldLaCode);
        Assert.Equal("E06000023", bristol.NewLaCode);
        Assert.Equal("E06000023", bristol.Id);
        Assert.Equal(92705, bristol.ChildrenAged0To17);
        Assert.Equal("South West", bristol.RegionName);
        Assert.All(all, t => Assert.True(TenantIdentifier.IsWellFormed(t.Identifier)));
        Assert.Equal(all.Count, all.Select(t => t.DocumentContainer).Distinct().Count());
    }

    [Fact]
    public async Task Applies_each_authoritys_configured_settings_and_sees_changes_without_a_restart()
    {
        var options = new TestOptionsMonitor<TenancyOptions>(new TenancyOptions());
        var store = new ReferenceDataTenantStore(options);
        Assert.Null((await store.GetAllAsync()).Single(t => t.Identifier == "brent").ConnectionString);

        options.Set(new TenancyOptions
        {
            Tenants = { ["brent"] = new TenantOverrides { ConnectionString = "Server=brent", PolicySeed = { ["Terminology.ModelName"] = "Brent Safety" } } },
        });

        var brent = (await store.GetAllAsync()).Single(t => t.Identifier == "brent");
        Assert.Equal("Server=brent", brent.ConnectionString);
        Assert.Equal("Brent Safety", brent.PolicySeed["Terminology.ModelName"]);
        Assert.Null((await store.GetAllAsync()).Single(t => t.Identifier == "bristol").ConnectionString);
    }
}
