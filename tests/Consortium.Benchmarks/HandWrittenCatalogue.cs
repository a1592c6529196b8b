using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;

namespace Consortium.Benchmarks;

/// <summary>One indicator as the hand-written SQL counts it; a median's quartiles are PERCENTILE.INC's, as in Percentiles.</summary>
internal sealed record HandWrittenMeasure(IndicatorCode Indicator, long? Numerator, long? Denominator, double? LowerQuartile, double? Median, double? UpperQuartile);

/// <summary>
/// The whole catalogue hand-written in SQLite SQL (HandWrittenCatalogue.sql, embedded), as an independent baseline
/// for IndicatorComputer: the benchmark times it and the metrics tests check that both count the same.
/// </summary>
internal static partial class HandWrittenCatalogue
{
    private const string ResultMarker = "-- result";

    public static string Sql { get; } = Read();

    /// <summary>The top-level CTEs, each of which runs on its own: the parts a profile times.</summary>
    public static IReadOnlyList<string> Parts { get; } = [.. TopLevelCte().Matches(Sql).Select(m => m.Groups[1].Value).Where(name => name != "period")];

    /// <summary>The statement with its final SELECT replaced by one reading a single part.</summary>
    public static string PartQuery(string part) => string.Concat(Sql.AsSpan(0, Sql.IndexOf(ResultMarker, StringComparison.Ordinal)), $"SELECT * FROM {part}");

    public static async Task<IReadOnlyList<HandWrittenMeasure>> RunAsync(
        DbConnection connection, string tenantId, ReportingPeriod period, ComputationSettings settings, string? sql = null, CancellationToken ct = default)
    {
        await using var command = Command(connection, sql ?? Sql, tenantId, period, settings);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var measures = new List<HandWrittenMeasure>();
        while (await reader.ReadAsync(ct))
        {
            measures.Add(new HandWrittenMeasure(
                Enum.Parse<IndicatorCode>(reader.GetString(0)), Long(reader, 1), Long(reader, 2), Double(reader, 3), Double(reader, 4), Double(reader, 5)));
        }

        return measures;
    }

    /// <summary>Runs a statement with the catalogue's parameters and reads every row, returning how many there were.</summary>
    public static async Task<int> DrainAsync(DbConnection connection, string sql, string tenantId, ReportingPeriod period, ComputationSettings settings)
    {
        await using var command = Command(connection, sql, tenantId, period, settings);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, string tenantId, ReportingPeriod period, ComputationSettings settings)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The statement is this assembly's own embedded SQL; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        Add(command, "@tenant", tenantId);
        Add(command, "@start", Day(period.Start));
        Add(command, "@end", Day(period.End));
        Add(command, "@today", settings.Today is { } today ? Day(today) : DBNull.Value);
        Add(command, "@mapDays", settings.MapReviewIntervalDays);
        Add(command, "@goalAt", settings.GoalAchievedAtOrAbove);
        Add(command, "@firstMonths", settings.FirstReviewMonths);
        Add(command, "@nextMonths", settings.SubsequentReviewMonths);
        return command;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static long? Long(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt64(column);

    private static double? Double(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private static string Read()
    {
        using var stream = typeof(HandWrittenCatalogue).Assembly.GetManifestResourceStream("HandWrittenCatalogue.sql")
            ?? throw new InvalidOperationException("HandWrittenCatalogue.sql is not embedded in this assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\w+) AS (?:NOT )?(?:MATERIALIZED )?\(", RegexOptions.Multiline)]
    private static partial Regex TopLevelCte();
}
