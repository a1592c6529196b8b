using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Audits;

/// <summary>The directory as audits read it: current staff with their team names and managers, and who may audit.</summary>
internal static class AuditStaff
{
    public static async Task<IReadOnlyList<(Auditor Person, StaffRole Role)>> CurrentAsync(PracticeDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var rows = await db.StaffRecords.AsNoTracking()
            .Where(s => s.EndDate == null || s.EndDate >= today)
            .Select(s => new { s.Id, s.GivenName, s.FamilyName, s.TeamId, s.ManagerId, s.SignInName, s.Subject, s.Role })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.FamilyName, StringComparer.Ordinal).ThenBy(r => r.GivenName, StringComparer.Ordinal)
            .Select(r => (new Auditor(r.Id, $"{r.GivenName} {r.FamilyName}", r.TeamId is { } t ? teams.GetValueOrDefault(t) : null, r.ManagerId, r.SignInName, r.Subject), r.Role))];
    }

    public static bool Audits(StaffRole role) => role is StaffRole.QualityAssurance or StaffRole.TeamManager;

    /// <summary>The directory record of the person signed in, if they have one.</summary>
    public static Auditor? Me(IEnumerable<(Auditor Person, StaffRole Role)> staff, StaffMember who) =>
        staff.Select(s => s.Person).FirstOrDefault(p => p.IsNamedBy(who.Subject) || (who.UserName.Length > 0 && p.IsNamedBy(who.UserName)));
}
