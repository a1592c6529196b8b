using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Hub.Authorities;
using Consortium.Hub.Published;

namespace Consortium.Hub.Tests.Returns;

/// <summary>
/// The checks of the Department's data screener (dfe-analytical-services/dfe-published-data-qa) that a return from
/// this hub can fail, written afresh from what each check tests: each method returns the screener-style failures,
/// none when the file passes. Geography combinations are checked against the Department's published LA codes
/// (<c>la_codes.csv</c>, the copy of the shared reference data shipped with the hub).
/// </summary>
internal static partial class OpenDataScreener
{
    public static readonly string[] MandatoryDataColumns = ["geographic_level", "time_period", "time_identifier", "country_code", "country_name"];

    public static readonly string[] MandatoryMetadataColumns =
        ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column"];

    /// <summary>Columns the screener treats as observational units (time and the geographies a return from here can use).</summary>
    public static readonly string[] ObservationalUnits =
        ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "la_name", "old_la_code"];

    private static readonly string[] Levels =
    [
        "National", "Regional", "Local authority", "Local authority district", "RSC region", "Parliamentary constituency",
        "Local skills improvement plan area", "Local enterprise partnership", "English devolved area", "Opportunity area",
        "Ward", "MAT", "Sponsor", "School", "Provider", "Institution", "Planning area", "Police force area",
    ];

    private static readonly string[] Symbols = ["c", "x", "z", "low", "u"];

    private static readonly string[] IndicatorUnits = ["", "%", "pp", "£", "£m", "numberstring"];

    /// <summary>The non-standard groupings the screener accepts as a code and name: always code <c>z</c>.</summary>
    private static readonly string[] StandardGeographies =
        ["z Not applicable", "z Unknown", "z Outside of England", "z Outside of the United Kingdom", "z Outside of England and unknown", "z Outside of the United Kingdom and unknown"];

    private static readonly Lazy<(HashSet<string> Las, HashSet<string> Regions)> Published = new(LoadPublished);

    public sealed record Table(string[] Header, List<string[]> Rows)
    {
        public string Cell(string[] row, string column) => Array.IndexOf(Header, column) is >= 0 and var i ? row[i] : "";

        public IEnumerable<string> Column(string column) => Rows.Select(r => Cell(r, column));

        public static Table Parse(string csv)
        {
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => CsvFields.Split(l).ToArray()).ToList();
            return new Table(lines[0], lines[1..]);
        }
    }

    public static IEnumerable<string> MandatoryColumns(Table data, Table meta) =>
        MandatoryDataColumns.Where(c => !data.Header.Contains(c)).Select(c => $"Data file is missing mandatory column {c}")
            .Concat(MandatoryMetadataColumns.Where(c => !meta.Header.Contains(c)).Select(c => $"Metadata file is missing mandatory column {c}"));

    public static IEnumerable<string> GeographicLevels(Table data) =>
        data.Column("geographic_level").Distinct().Where(l => !Levels.Contains(l)).Select(l => $"Invalid geographic_level: '{l}'");

    public static IEnumerable<string> CountryCombinations(Table data) =>
        data.Rows.Select(r => $"{data.Cell(r, "country_code")} {data.Cell(r, "country_name")}").Distinct()
            .Where(c => c != "E92000001 England" && !StandardGeographies.Contains(c))
            .Select(c => $"The following country_code / country_name combination is invalid: '{c}'");

    public static IEnumerable<string> LaCombinations(Table data) =>
        data.Rows.Where(r => data.Cell(r, "new_la_code") is not ("" or "x"))
            .Select(r => $"{data.Cell(r, "old_la_code")} {data.Cell(r, "new_la_code")} {data.Cell(r, "la_name")}").Distinct()
            .Where(c => !Published.Value.Las.Contains(c) && !StandardGeographies.Contains(c[(c.IndexOf(' ', StringComparison.Ordinal) + 1)..]))
            .Select(c => $"The following old_la_code, new_la_code and la_name combination is invalid: '{c}'");

    public static IEnumerable<string> RegionCombinations(Table data) =>
        data.Rows.Where(r => data.Cell(r, "geographic_level") == "Regional" || data.Cell(r, "region_code") is not ("" or "x"))
            .Select(r => $"{data.Cell(r, "region_code")} {data.Cell(r, "region_name")}").Distinct()
            .Where(c => !Published.Value.Regions.Contains(c) && !StandardGeographies.Contains(c))
            .Select(c => $"The following region_code and region_name combination is invalid for rows within the 'Regional' geographic_level: '{c}'");

    /// <summary>Each level fills its own geography columns and leaves the lower levels' blank.</summary>
    public static IEnumerable<string> GeographyCompleteness(Table data)
    {
        string[] la = ["old_la_code", "new_la_code", "la_name"];
        string[] region = ["region_code", "region_name"];
        foreach (var row in data.Rows)
        {
            var level = data.Cell(row, "geographic_level");
            var (required, blank) = level switch
            {
                "National" => (Array.Empty<string>(), region.Concat(la).ToArray()),
                "Regional" => (region, la),
                "Local authority" => (region.Concat(la).ToArray(), Array.Empty<string>()),
                _ => (Array.Empty<string>(), Array.Empty<string>()),
            };
            foreach (var column in required.Where(c => data.Cell(row, c).Length == 0))
            {
                yield return $"{level} row has no {column}";
            }

            foreach (var column in blank.Where(c => data.Cell(row, c).Length > 0))
            {
                yield return $"{level} row fills the lower-level column {column}";
            }
        }
    }

    public static IEnumerable<string> TimePeriods(Table data)
    {
        var identifiers = data.Column("time_identifier").Distinct().ToList();
        if (identifiers.Count != 1)
        {
            yield return $"More than one time_identifier: {string.Join(", ", identifiers)}";
        }

        foreach (var period in data.Column("time_period").Distinct())
        {
            var ok = identifiers.SingleOrDefault() is "Reporting year" or "Calendar year"
                ? FourDigits().IsMatch(period)
                : SixDigits().IsMatch(period) && int.Parse(period[..4], CultureInfo.InvariantCulture) % 100 + 1 == int.Parse(period[4..], CultureInfo.InvariantCulture) % 100;
            if (!ok)
            {
                yield return $"Invalid time_period '{period}' for {string.Join(", ", identifiers)}";
            }
        }
    }

    /// <summary>An indicator cell is a number or one of the Department's symbols; never blank, NA or null. A filter cell is never blank.</summary>
    public static IEnumerable<string> Cells(Table data, Table meta)
    {
        foreach (var m in meta.Rows)
        {
            var name = meta.Cell(m, "col_name");
            var isIndicator = meta.Cell(m, "col_type") == "Indicator";
            foreach (var cell in data.Column(name).Distinct())
            {
                if (isIndicator && !Number().IsMatch(cell) && !Symbols.Contains(cell))
                {
                    yield return $"Indicator {name} holds '{cell}'";
                }
                else if (!isIndicator && (cell.Length == 0 || cell is "NA" or "null"))
                {
                    yield return $"Filter {name} holds '{cell}'";
                }
            }
        }
    }

    /// <summary>The metadata describes exactly the data file's columns that are not observational units, once each.</summary>
    public static IEnumerable<string> MetadataMatchesData(Table data, Table meta)
    {
        var described = meta.Column("col_name").ToList();
        var columns = data.Header.Where(h => !ObservationalUnits.Contains(h)).ToList();
        return columns.Except(described).Select(c => $"Column {c} of the data file is not in the metadata")
            .Concat(described.Except(columns).Select(c => $"Metadata row {c} is not a column of the data file"))
            .Concat(described.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"Metadata describes {g.Key} more than once"));
    }

    public static IEnumerable<string> MetadataFields(Table meta)
    {
        foreach (var m in meta.Rows)
        {
            var name = meta.Cell(m, "col_name");
            var type = meta.Cell(m, "col_type");
            var label = meta.Cell(m, "label");
            if (type is not ("Filter" or "Indicator"))
            {
                yield return $"{name}: col_type '{type}'";
            }

            if (label.Length == 0)
            {
                yield return $"{name}: no label";
            }

            if (label.Length > 80)
            {
                yield return $"The following variable label is over 80 characters: '{label}'";
            }

            if (name.Length > 50)
            {
                yield return $"The following variable name is over 50 characters: '{name}'";
            }

            if (!SnakeCase().IsMatch(name))
            {
                yield return $"{name}: not snake_case starting with a letter";
            }

            if (type == "Indicator")
            {
                if (!IndicatorUnits.Contains(meta.Cell(m, "indicator_unit")))
                {
                    yield return $"{name}: indicator_unit '{meta.Cell(m, "indicator_unit")}'";
                }

                if (!Dp().IsMatch(meta.Cell(m, "indicator_dp")))
                {
                    yield return $"{name}: indicator_dp '{meta.Cell(m, "indicator_dp")}'";
                }

                if (meta.Cell(m, "filter_hint").Length > 0 || meta.Cell(m, "filter_grouping_column").Length > 0)
                {
                    yield return $"{name}: an indicator with a filter hint or grouping";
                }
            }
            else if (meta.Cell(m, "indicator_unit").Length > 0 || meta.Cell(m, "indicator_dp").Length > 0 || meta.Cell(m, "indicator_grouping").Length > 0)
            {
                yield return $"{name}: a filter with indicator fields";
            }
        }

        foreach (var label in meta.Column("label").GroupBy(l => l).Where(g => g.Count() > 1))
        {
            yield return $"Label '{label.Key}' is used more than once";
        }
    }

    /// <summary>Every filter has a Total item (the screener's advisory, kept here as a failure).</summary>
    public static IEnumerable<string> FilterTotals(Table data, Table meta) =>
        meta.Rows.Where(m => meta.Cell(m, "col_type") == "Filter").Select(m => meta.Cell(m, "col_name"))
            .Where(f => !data.Column(f).Contains("Total")).Select(f => $"A 'Total' aggregation should be added in '{f}'");

    /// <summary>No two rows for the same time period, geography and filter items.</summary>
    public static IEnumerable<string> DuplicateRows(Table data, Table meta)
    {
        var keys = ObservationalUnits.Concat(meta.Rows.Where(m => meta.Cell(m, "col_type") == "Filter").Select(m => meta.Cell(m, "col_name"))).ToList();
        return data.Rows.GroupBy(r => string.Join("|", keys.Select(k => data.Cell(r, k)))).Where(g => g.Count() > 1).Select(g => $"Duplicate rows: {g.Key}");
    }

    private static (HashSet<string>, HashSet<string>) LoadPublished()
    {
        using var reader = new StreamReader(PublishedFiles.OpenShipped("la_codes.csv"));
        var header = CsvFields.Split(reader.ReadLine()!).ToArray();
        int I(string c) => Array.IndexOf(header, c);
        var las = new HashSet<string>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = CsvFields.Split(line);
            las.Add($"{f[I("old_la_code")]} {f[I("new_la_code")]} {f[I("la_name")]}");
            regions.Add($"{f[I("region_code")]} {f[I("region_name")]}");
            if (f[I("sub_region_code")].Length > 0)
            {
                regions.Add($"{f[I("sub_region_code")]} {f[I("sub_region_name")]}");
            }
        }

        return (las, regions);
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^\d$")]
    private static partial Regex Dp();
}
