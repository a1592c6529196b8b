namespace Consortium.Integration.Tests;

/// <summary>
/// One test's deployment on disk: the authorities' data folder and the hub's, deleted afterwards; the settings a
/// process of either role is started with; and what their databases hold, read while the processes run.
/// </summary>
internal sealed class Deployment : IDisposable
{
    public string TenantData { get; } = Directory.CreateTempSubdirectory("consortium-tenant-process-").FullName;

    public string HubData { get; } = Directory.CreateTempSubdirectory("consortium-hub-process-").FullName;

    public string HubDatabase => Path.Combine(HubData, "hub.db");

    public string[] TenantDatabases => Directory.GetFiles(Path.Combine(TenantData, "tenants"), "*.db");

    public string TenantDatabase(string slug) => TenantDatabases.Single(f => Path.GetFileName(f) == $"{slug}.db");

    public Dictionary<string, string> Hub(params (string Key, string Value)[] more) => Settings("Hub", HubData, more);

    public Dictionary<string, string> Tenant(params (string Key, string Value)[] more) => Settings("Tenant", TenantData, more);

    public long SharedAtAuthorities() => TenantDatabases.Sum(db => Sqlite.Scalar(db, "SELECT COUNT(*) FROM SharedSnapshots"));

    public long WaitingAtAuthorities() => TenantDatabases.Sum(db => Sqlite.Scalar(db, "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL"));

    public long HeldAtHub() => Sqlite.Scalar(HubDatabase, "SELECT COUNT(*) FROM SnapshotHeads");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(TenantData, recursive: true);
        Directory.Delete(HubData, recursive: true);
    }

    private static Dictionary<string, string> Settings(string role, string data, (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>(Broker.Settings)
        {
            ["Consortium__Roles"] = role,
            ["Database__DataDirectory"] = data,
            ["Metrics__Outbox__PollSeconds"] = "0.5",
            ["Metrics__Outbox__MaxBackoffSeconds"] = "2",
            // A small demo history written before the process answers (the embedded default writes full volumes
            // after it), and the two reporting years it covers shared at start.
            ["DemoData__HistoryYears"] = "2",
            ["DemoData__VolumeFraction"] = "0.1",
            ["DemoData__HistoryInBackground"] = "false",
            ["Metrics__Schedule__PublishYearsAtStart"] = "2",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}
