using Consortium.Practice.Calendar;
using Consortium.Practice.Policy;

namespace Consortium.Practice.Casework;

/// <summary>A statutory or local timescale of a case: what is due, by when, and whether it was met.</summary>
public sealed record DueItem(string Label, DateOnly Due, DateOnly? Done)
{
    public bool IsOverdue(DateOnly today) => Done is null && today > Due;

    public bool WasLate => Done is { } done && done > Due;
}
