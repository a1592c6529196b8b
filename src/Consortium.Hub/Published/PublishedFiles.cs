using System.Globalization;
using System.IO.Compression;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Published;

/// <summary>
/// The four files of the Department's published figures (<c>la_indicators.csv</c>, <c>la_codes.csv</c>,
/// <c>population_0_17.csv</c>, <c>statistical_neighbours.csv</c>), from the copy shipped with the build or a folder an
/// operator names. Each file must carry the columns read here; a file without them is refused before anything changes.
/// </summary>
public sealed class PublishedFiles
{
    private const string ShippedPrefix = "Consortium.Hub.published.";
    private readonly Func<string, Stream> _open;

    private PublishedFiles(Func<string, Stream> open, string source)
    {
        _open = open;
        Source = source;
    }

    /// <summary>Where the files came from, for messages.</summary>
    public string Source { get; }

    /// <summary>The shipped copy; the largest file is kept gzipped in the repository and read through decompression.</summary>
    public static PublishedFiles Shipped() => new(OpenShipped, "the copy shipped with the build");

    public static Stream OpenShipped(string name)
    {
        var assembly = typeof(PublishedFiles).Assembly;
        if (assembly.GetManifestResourceStream(ShippedPrefix + name) is { } plain)
        {
            return plain;
        }

        return assembly.GetManifestResourceStream(ShippedPrefix + name + ".gz") is { } zipped
            ? new GZipStream(zipped, CompressionMode.Decompress)
            : throw new InvalidOperationException($"The published figures' {name} is missing from the build.");
    }

    public static PublishedFiles FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new(name =>
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"{name} is not in {directory}.", path);
        }, directory);
    }

    public IEnumerable<PublishedValueRow> Values() => Rows("la_indicators.csv",
        ["time_period", "geographic_level", "new_la_code", "old_la_code", "la_name", "region_code", "indicator", "value"],
        f => new PublishedValueRow
        {
            Year = int.Parse(f[0], CultureInfo.InvariantCulture),
            Level = f[1],
            AreaCode = f[2],
            OldLaCode = Optional(f[3]),
            AreaName = f[4],
            RegionCode = Optional(f[5]),
            Indicator = f[6],
            Value = f[7],
            Number = Number(f[7]),
        });

    public IEnumerable<PublishedAreaRow> Areas() => Rows("la_codes.csv",
        ["old_la_code", "new_la_code", "la_name", "region_code", "region_name", "sub_region_code", "sub_region_name", "status", "cin_years", "csww_years", "maps_to_new_la_code"],
        f => new PublishedAreaRow
        {
            OldLaCode = f[0],
            NewLaCode = f[1],
            Name = f[2],
            RegionCode = f[3],
            RegionName = f[4],
            SubRegionCode = Optional(f[5]),
            SubRegionName = Optional(f[6]),
            Status = f[7],
            CinYears = Optional(f[8]),
            WorkforceYears = Optional(f[9]),
            MapsTo = Optional(f[10]),
        });

    public IEnumerable<PublishedPopulationRow> Population() => Rows("population_0_17.csv",
        ["new_la_code", "la_name", "year", "children_0_17", "old_la_code", "geographic_level"],
        f => new PublishedPopulationRow
        {
            AreaCode = f[0],
            AreaName = f[1],
            MidYear = int.Parse(f[2], CultureInfo.InvariantCulture),
            Value = f[3],
            Children = int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var children) ? children : null,
            OldLaCode = Optional(f[4]),
            Level = f[5],
        });

    public IEnumerable<PublishedNeighbourRow> Neighbours() => Rows("statistical_neighbours.csv",
        ["new_la_code", "la_name", "neighbour_rank", "neighbour_new_la_code", "neighbour_la_name", "closeness"],
        f => new PublishedNeighbourRow
        {
            AreaCode = f[0],
            AreaName = f[1],
            Rank = int.Parse(f[2], CultureInfo.InvariantCulture),
            NeighbourCode = f[3],
            NeighbourName = f[4],
            Closeness = Optional(f[5]),
        });

    /// <summary>Checks that every file opens and has its columns.</summary>
    public void CheckColumns()
    {
        foreach (var (name, columns) in Columns)
        {
            using var reader = new StreamReader(_open(name));
            _ = Positions(name, CsvFields.Split(reader.ReadLine() ?? ""), columns);
        }
    }

    private static readonly (string Name, string[] Columns)[] Columns =
    [
        ("la_indicators.csv", ["time_period", "geographic_level", "new_la_code", "old_la_code", "la_name", "region_code", "indicator", "value"]),
        ("la_codes.csv", ["old_la_code", "new_la_code", "la_name", "region_code", "region_name", "status", "maps_to_new_la_code"]),
        ("population_0_17.csv", ["new_la_code", "la_name", "year", "children_0_17", "old_la_code", "geographic_level"]),
        ("statistical_neighbours.csv", ["new_la_code", "la_name", "neighbour_rank", "neighbour_new_la_code", "neighbour_la_name", "closeness"]),
    ];

    private IEnumerable<T> Rows<T>(string name, string[] columns, Func<string[], T> make)
    {
        using var reader = new StreamReader(_open(name));
        var positions = Positions(name, CsvFields.Split(reader.ReadLine() ?? ""), columns);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = CsvFields.Split(line);
            var picked = positions.Select(i => i < fields.Count ? fields[i] : "").ToArray();
            T row;
            try
            {
                row = make(picked);
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{name} line {lineNumber}: {e.Message}", e);
            }

            yield return row;
        }
    }

    private static int[] Positions(string name, IReadOnlyList<string> header, string[] columns)
    {
        var missing = columns.Where(c => !header.Contains(c)).ToList();
        return missing.Count > 0
            ? throw new InvalidDataException($"{name} has no column {string.Join(", ", missing)}.")
            : [.. columns.Select(c => header.ToList().IndexOf(c))];
    }

    private static string? Optional(string field) => field.Length == 0 ? null : field;

    private static decimal? Number(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
}
