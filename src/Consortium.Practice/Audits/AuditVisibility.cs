using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Audits;

/// <summary>Audits listed to a person only where the child's record opens for them: a restricted record stays out of every list.</summary>
internal static class AuditVisibility
{
    public static async Task<IReadOnlyList<CaseAudit>> OpenableByAsync(this PracticeDbContext db, IReadOnlyList<CaseAudit> audits, StaffMember who, CancellationToken cancellationToken)
    {
        var ids = audits.Select(a => a.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. audits.Where(a => children.TryGetValue(a.ChildId, out var c) && c.MayBeOpenedBy(who))];
    }
}
