using System.Text;

namespace Consortium.Hub.Authorities;

/// <summary>Splits one RFC 4180 CSV line (quoted fields, doubled quotes) of the reference data.</summary>
internal static class CsvFields
{
    public static IReadOnlyList<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The rows of an embedded CSV as dictionaries keyed by its header.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> ReadEmbedded(string resourceName)
    {
        using var stream = typeof(CsvFields).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The reference data {resourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = Split(reader.ReadLine() ?? "");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            rows.Add(header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : "")).ToDictionary(p => p.name, p => p.value));
        }

        return rows;
    }
}
