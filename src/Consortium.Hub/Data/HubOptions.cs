namespace Consortium.Hub.Data;

/// <summary>The hub's own database and the authorities it accepts beyond the consortium's ten. Bound from "Hub".</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    public HubDatabaseProvider Provider { get; set; } = HubDatabaseProvider.Sqlite;

    /// <summary>Empty: SQLite file hub.db in the data directory the host gives <see cref="HubServiceCollectionExtensions.AddHub"/>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Create and migrate the hub database when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Authorities the hub accepts snapshots from and compares, beyond the ten consortium members.</summary>
    public List<HubAuthorityOptions> Authorities { get; set; } = [];
}
