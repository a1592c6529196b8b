using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

internal static class CaseAccess
{
    /// <summary>Cases with their history, review conferences and core group meetings.</summary>
    public static IQueryable<CaseRecord> WithDetail(this IQueryable<CaseRecord> cases) =>
        cases.Include(c => c.Referral).Include(c => c.History).Include(c => c.Reviews).Include(c => c.CoreGroups).Include(c => c.Visits).AsSplitQuery().OrderBy(c => c.Id);

    /// <summary>A case and its child, read-only, if both exist in this authority and the child's record may be opened by this person.</summary>
    public static async Task<(Child Child, CaseRecord Case)?> OpenableCaseAsync(this PracticeDbContext db, Guid caseId, StaffMember who, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        return record is null || child is null || !child.MayBeOpenedBy(who) ? null : (child, record);
    }
}
