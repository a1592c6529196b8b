namespace Consortium.Hub.Data;

public enum HubDatabaseProvider
{
    Sqlite,
    SqlServer,
}

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

/// <summary>An extra authority, e.g. <c>Hub__Authorities__0__Code=E06000017</c>, <c>Hub__Authorities__0__Name=Rutland</c>.</summary>
public sealed class HubAuthorityOptions
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string OldLaCode { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public string RegionName { get; set; } = "";

    public int Children { get; set; }

    /// <summary>Its ten statistical neighbours by name, closest first (<c>Hub__Authorities__0__StatisticalNeighbours__0=Leicestershire</c>).</summary>
    public List<string> StatisticalNeighbours { get; set; } = [];
}
