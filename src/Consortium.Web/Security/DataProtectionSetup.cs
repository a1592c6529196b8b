using Consortium.Tenancy.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Consortium.Web.Security;

internal static class DataProtectionSetup
{
    public const string StoreSetting = "DataProtection:Store";

    /// <summary>
    /// One application name for every instance, keys in the local folder (the default) or in the catalog database
    /// (<c>DataProtection:Store=Catalog</c>, for several replicas). Keys are not encrypted at rest by Key Vault:
    /// Azure.Extensions.AspNetCore.DataProtection.Keys is not in the project's package registry.
    /// </summary>
    public static void AddConsortiumDataProtection(this WebApplicationBuilder builder)
    {
        var store = builder.Configuration.GetValue(StoreSetting, DataProtectionStore.FileSystem);
        var protection = builder.Services.AddDataProtection().SetApplicationName("consortium");
        if (store == DataProtectionStore.Catalog)
        {
            protection.PersistKeysToDbContext<CatalogDbContext>();
            return;
        }

        var dataDirectory = builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataDirectory)}"] is { Length: > 0 } configured
            ? configured
            : DatabaseOptions.DefaultDataDirectory();
        protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDirectory), "keys")));
    }
}
