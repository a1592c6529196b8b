using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Security;

/// <summary>Several instances of the deployment (replicas, the tenant and hub apps) read each other's protected data.</summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("consortium-catalog-").FullName;

    [Fact]
    public void With_the_key_ring_in_the_catalog_one_instance_reads_what_another_protected()
    {
        using var first = new Instance(_shared, "Catalog");
        using var second = new Instance(_shared, "Catalog");

        var payload = Protector(first).Protect("session of practitioner@brent");

        Assert.Equal("session of practitioner@brent", Protector(second).Unprotect(payload));
        Assert.Equal("a reply", Protector(first).Unprotect(Protector(second).Protect("a reply")));
    }

    [Fact]
    public void With_keys_in_each_instances_own_folder_another_instance_cannot_read_them()
    {
        using var first = new Instance(_shared, "FileSystem");
        using var second = new Instance(_shared, "FileSystem");

        var payload = Protector(first).Protect("session of practitioner@brent");

        Assert.ThrowsAny<CryptographicException>(() => Protector(second).Unprotect(payload));
    }

    private static IDataProtector Protector(Instance instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Consortium.Session", "brent");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_shared, recursive: true);
    }

    /// <summary>A host with its own data folder (its own keys folder) and the catalog database in a shared folder.</summary>
    private sealed class Instance(string shared, string store) : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:CatalogConnection", $"Data Source={Path.Combine(shared, "catalog.db")}");
            builder.UseSetting("DataProtection:Store", store);
        }
    }
}
