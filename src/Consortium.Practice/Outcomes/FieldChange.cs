namespace Consortium.Practice.Outcomes;

/// <summary>
/// One field someone else changed since the version a person started from: its name in the domain, what people call
/// it, its value then (null where the version the person started from is not known) and now, and the person's own
/// value where they changed the field too (null where they left it as it was, so theirs can be taken as it is).
/// </summary>
public sealed record FieldChange(string Field, string Label, string? Before, string After, string? Yours = null)
{
    /// <summary>Both changed the field, to different values: the person has to choose.</summary>
    public bool ChangedByBoth => Yours is not null && Yours != After;

    /// <summary>The change in words: "Complicating factors: added 'Dad's new partner has a conviction'".</summary>
    public string Describe()
    {
        if (Before is null)
        {
            return $"{Label}: now {Quoted(After)}";
        }

        var (was, now) = (Lines(Before), Lines(After));
        if (was.Count <= 1 && now.Count <= 1)
        {
            return (Before, After) switch
            {
                ("", _) => $"{Label}: added {Quoted(After)}",
                (_, "") => $"{Label}: removed {Quoted(Before)}",
                _ => $"{Label}: {Quoted(Before)} → {Quoted(After)}",
            };
        }

        var added = now.Where(l => !was.Contains(l)).Select(l => $"added {Quoted(l)}");
        var removed = was.Where(l => !now.Contains(l)).Select(l => $"removed {Quoted(l)}");
        var parts = added.Concat(removed).ToList();
        return $"{Label}: {(parts.Count == 0 ? "the same lines in another order" : string.Join(", ", parts))}";
    }

    private static List<string> Lines(string value) => [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static string Quoted(string value) => value.Length == 0 ? "nothing" : $"'{value}'";
}
