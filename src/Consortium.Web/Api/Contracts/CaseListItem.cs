using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>One case in a list. A restricted child's name is left out (null) and <c>childRestricted</c> is true.</summary>
public sealed record CaseListItem(
    Guid CaseId,
    string CaseReference,
    Guid ChildId,
    string ChildReference,
    string? ChildName,
    bool ChildRestricted,
    CaseStage Stage,
    string StageName,
    string WorkerName,
    DueItemView? NextDue,
    bool Overdue,
    bool IsSynthetic)
{
    public static CaseListItem From(CaseloadRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.CaseId,
            row.CaseReference,
            row.ChildId,
            row.ChildReference,
            row.ChildName,
            row.ChildName is null,
            row.Stage,
            CaseStages.DisplayName(row.Stage),
            row.WorkerName,
            row.NextDue is { } due ? DueItemView.From(due, today) : null,
            row.Overdue,
            row.IsSynthetic);
    }
}
