using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Opens a case with its detail for reading a part of it, as the case page does: the view is written to the child's
/// access log, and so is a refusal when the record is restricted and this person is not named on it.
/// </summary>
internal static class CaseOpening
{
    public static async Task<(Child Child, CaseRecord Case)?> OpenLoggedAsync(this PracticeDbContext db, Guid caseId, StaffMember who, string recordType, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var record = await db.Cases.AsNoTracking().WithDetail().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null)
        {
            return null;
        }

        var allowed = child.MayBeOpenedBy(who);
        AccessLogWriter.Add(db, child.Id, who, allowed ? AccessAction.Viewed : AccessAction.Refused, recordType, record.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return allowed ? (child, record) : null;
    }
}
