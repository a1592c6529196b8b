using Microsoft.Data.Sqlite;

namespace Consortium.Web.Tests;

/// <summary>
/// The catalog, hub and authority databases as the real host leaves them after migrating an empty folder, made once
/// per test run and copied into each new host's folder: a host then starts without migrating eleven databases
/// (about three of its four and a half seconds). Tests of migrating itself delete a database or onboard a new
/// authority, so the migrator still runs there.
/// </summary>
internal static class MigratedDatabases
{
    private const string KeysFolder = "keys";

    private static readonly Lazy<string> Template = new(MigrateOnce);

    public static string CopyIntoNewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("consortium-web-").FullName;
        foreach (var file in Directory.EnumerateFiles(Template.Value, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Template.Value, file);
            if (relative.StartsWith(KeysFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    private static string MigrateOnce()
    {
        var folder = Directory.CreateTempSubdirectory("consortium-web-migrated-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        using (var host = new ConsortiumWebFactory(folder, keepDataDirectory: true))
        {
            _ = host.Services;
        }

        SqliteConnection.ClearAllPools();
        return folder;
    }
}
