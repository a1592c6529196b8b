namespace Consortium.Practice.Casework;

/// <summary>A restriction change in words for the access log: whether the record became restricted or open, and who was added and removed.</summary>
internal static class RestrictionChange
{
    public const int MaxDetail = 4000;

    public static string Describe(bool wasRestricted, IReadOnlyCollection<string> before, bool restricted, IReadOnlyCollection<string> after)
    {
        var added = after.Except(before, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var removed = before.Except(after, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var parts = new List<string>();
        if (restricted != wasRestricted)
        {
            parts.Add(restricted ? "Restricted" : "Restriction lifted");
        }

        if (added.Count > 0)
        {
            parts.Add($"added {string.Join(", ", added)}");
        }

        if (removed.Count > 0)
        {
            parts.Add($"removed {string.Join(", ", removed)}");
        }

        var text = parts.Count == 0 ? "No change to who may open it" : string.Join("; ", parts);
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text.Length <= MaxDetail ? text : text[..(MaxDetail - 1)] + "…";
    }
}
