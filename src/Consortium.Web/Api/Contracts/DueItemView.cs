using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A timescale of a case: what is due, by when, when it was done, and whether it is or was late.</summary>
public sealed record DueItemView(string Label, DateOnly Due, DateOnly? Done, bool Overdue, bool Late)
{
    public static DueItemView From(DueItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Label, item.Due, item.Done, item.IsOverdue(today), item.WasLate);
    }
}
