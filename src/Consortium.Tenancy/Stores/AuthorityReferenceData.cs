namespace Consortium.Tenancy.Stores;

/// <summary>
/// One column of the authorities' reference data shipped with the build, by the authority's ONS code: facts other parts
/// of the product start from (for example how long an authority had used its practice model in 2014).
/// </summary>
public static class AuthorityReferenceData
{
    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows = new(Load);

    /// <summary>The value, or null where the authority is not in the reference data or the column does not exist.</summary>
    public static string? Field(string newLaCode, string column) =>
        Rows.Value.FirstOrDefault(r => r.GetValueOrDefault("new_la_code") == newLaCode)?.GetValueOrDefault(column);

    private static List<IReadOnlyDictionary<string, string>> Load()
    {
        using var stream = typeof(AuthorityReferenceData).Assembly.GetManifestResourceStream("Consortium.Tenancy.authorities.csv")
            ?? throw new InvalidOperationException("The authorities reference data is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = CsvLine.Split(reader.ReadLine() ?? "");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                var fields = CsvLine.Split(line);
                rows.Add(header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : "")).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
            }
        }

        return rows;
    }
}
