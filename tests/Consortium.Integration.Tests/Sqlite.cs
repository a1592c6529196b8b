using Microsoft.Data.Sqlite;

namespace Consortium.Integration.Tests;

/// <summary>Reads another process's SQLite database while it runs (WAL lets readers in), and adds test instruments to it.</summary>
internal static class Sqlite
{
    public static long Scalar(string file, string sql)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement that writes (the test's own additions, never the product's data).</summary>
    public static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<string> Strings(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }

        return values;
    }

    /// <summary>Every value of every column of every table, as text.</summary>
    public static List<string> EverythingIn(string file)
    {
        var all = new List<string>();
        foreach (var table in Strings(file, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            all.AddRange(Strings(file, $"SELECT * FROM \"{table}\""));
        }

        return all;
    }
}
