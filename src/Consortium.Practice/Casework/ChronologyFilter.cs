using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>Which events of a chronology to show: the kinds chosen (none chosen: every kind) between two dates, each optional and inclusive.</summary>
public sealed record ChronologyFilter(IReadOnlySet<ChronologyEventKind> Kinds, DateOnly? From, DateOnly? To)
{
    public static ChronologyFilter Everything { get; } = new(new HashSet<ChronologyEventKind>(), null, null);

    public IReadOnlyList<FieldError> Validate() =>
        From is { } from && To is { } to && from > to ? [new(nameof(From), "The start of the date range must be on or before its end")] : [];

    public bool Shows(ChronologyEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Kinds.Count == 0 || Kinds.Contains(item.Kind)) && (From is not { } from || item.On >= from) && (To is not { } to || item.On <= to);
    }
}
