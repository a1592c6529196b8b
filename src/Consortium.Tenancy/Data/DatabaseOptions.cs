namespace Consortium.Tenancy.Data;

/// <summary>Where each authority's database and the catalog live. Bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the embedded default's SQLite files. Empty: the repository's .data folder, else the user's data folder.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>
    /// Connection string for an authority's database with {slug} (and, for SQLite, {dataDirectory}) placeholders.
    /// Empty: one SQLite file per authority under the data directory.
    /// </summary>
    public string TenantConnectionTemplate { get; set; } = "";

    /// <summary>Connection string of the catalog database (onboarded authorities). Empty: catalog.db in the data directory.</summary>
    public string CatalogConnection { get; set; } = "";

    /// <summary>Create and migrate every authority's database when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How many authorities' databases are checked and migrated at once, at start and by the migrate command.</summary>
    public int ProvisioningConcurrency { get; set; } = 4;

    public string ConnectionStringFor(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (!string.IsNullOrWhiteSpace(tenant.ConnectionString))
        {
            return tenant.ConnectionString;
        }

        var template = TenantConnectionTemplate;
        if (string.IsNullOrWhiteSpace(template))
        {
            template = Provider == DatabaseProvider.Sqlite
                ? "Data Source={dataDirectory}/tenants/{slug}.db"
                : throw new InvalidOperationException("Database:TenantConnectionTemplate must be set for SQL Server (a connection string with {slug}).");
        }

        return template
            .Replace("{dataDirectory}", DataDirectory, StringComparison.Ordinal)
            .Replace("{slug}", tenant.Identifier, StringComparison.Ordinal);
    }

    public string CatalogConnectionString() => !string.IsNullOrWhiteSpace(CatalogConnection)
        ? CatalogConnection.Replace("{dataDirectory}", DataDirectory, StringComparison.Ordinal)
        : Provider == DatabaseProvider.Sqlite
            ? $"Data Source={DataDirectory}/catalog.db"
            : throw new InvalidOperationException("Database:CatalogConnection must be set for SQL Server.");

    /// <summary>The repository's git-ignored .data folder when running from a clone, else the user's data folder.</summary>
    public static string DefaultDataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Consortium.sln")))
            {
                return Path.Combine(dir.FullName, ".data");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "consortium");
    }
}
