using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Settings;

/// <summary>
/// Fills per-tenant options of a settings kind from the latest version in the authority's database. Runs
/// only when the tenant-keyed options cache has no fresh entry for that authority.
/// </summary>
internal sealed class StoredSettingsConfigurator<T>(ITenantDbContextFactory<PracticeDbContext> contexts, ISettingsKind<T> kind) : ITenantConfigureOptions<T>
    where T : class, new()
{
    private static readonly System.Reflection.PropertyInfo[] Properties = [.. typeof(T).GetProperties().Where(p => p.CanRead && p.CanWrite)];

    public void Configure(string name, T options, TenantInfo tenant)
    {
        using var db = contexts.Create(tenant);
        var json = db.SettingsRevisions.AsNoTracking()
            .Where(r => r.Kind == kind.Kind)
            .OrderByDescending(r => r.Version)
            .Select(r => r.Json)
            .FirstOrDefault();
        var stored = json is null ? kind.Initial(tenant) : SettingsJson.Deserialize<T>(json);
        foreach (var property in Properties)
        {
            property.SetValue(options, property.GetValue(stored));
        }
    }
}
