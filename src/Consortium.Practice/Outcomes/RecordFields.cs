namespace Consortium.Practice.Outcomes;

/// <summary>
/// A record's content as people read it, field by field, in the order its page shows it: what a conflict compares
/// between the version a person started from, the version saved since, and the person's own input. A list is one
/// field whose value has one item a line.
/// </summary>
public sealed class RecordFields
{
    private readonly List<RecordField> _fields = [];

    public IReadOnlyList<RecordField> All => _fields;

    /// <summary>Each field's value by its name: what a form carries as the version it started from.</summary>
    public IReadOnlyDictionary<string, string> Values => _fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);

    public RecordFields Add(string field, string label, string? value)
    {
        _fields.Add(new RecordField(field, label, Normalise(value)));
        return this;
    }

    public RecordFields AddList(string field, string label, IEnumerable<string> items) =>
        Add(field, label, string.Join("\n", items.Select(i => Normalise(i).Replace("\n", " ", StringComparison.Ordinal)).Where(i => i.Length > 0)));

    /// <summary>Line endings as a server writes them and surrounding space removed, so a browser's CRLF is no change.</summary>
    public static string Normalise(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}

/// <summary>One field of a record: its name in the domain, what people call it, and its value as text.</summary>
public sealed record RecordField(string Field, string Label, string Value);
