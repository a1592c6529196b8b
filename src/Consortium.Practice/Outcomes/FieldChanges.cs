namespace Consortium.Practice.Outcomes;

/// <summary>The one way every versioned record says what someone else changed: a three-way comparison, field by field.</summary>
public static class FieldChanges
{
    /// <summary>
    /// Each field whose value <paramref name="now"/> differs from <paramref name="before"/>, the values the person
    /// started from, with the person's own value (<paramref name="yours"/>) where they changed that field too. Where the
    /// starting values are not known (null, or a field they do not name), a field is listed if it now differs from the
    /// person's own value, with no value before: shown to them rather than guessed.
    /// </summary>
    public static IReadOnlyList<FieldChange> Between(IReadOnlyDictionary<string, string>? before, RecordFields now, RecordFields? yours = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        var mine = yours?.Values;
        var changes = new List<FieldChange>();
        foreach (var field in now.All)
        {
            var own = mine is not null && mine.TryGetValue(field.Field, out var value) ? value : null;
            if (before is not null && before.TryGetValue(field.Field, out var posted))
            {
                var was = RecordFields.Normalise(posted);
                if (was != field.Value)
                {
                    changes.Add(new FieldChange(field.Field, field.Label, was, field.Value, own is null || own == was ? null : own));
                }
            }
            else if (own is not null && own != field.Value)
            {
                changes.Add(new FieldChange(field.Field, field.Label, null, field.Value, own));
            }
        }

        return changes;
    }
}
