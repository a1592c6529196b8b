using Consortium.Practice.Access;

namespace Consortium.Practice.Casework;

/// <summary>The member of staff doing the work: their stable subject, name, team and roles.</summary>
public sealed record StaffMember(string Subject, string Name, string Team, IReadOnlySet<StaffRole> Roles, string UserName = "")
{
    /// <summary>Team managers and administrators decide who may open a restricted record.</summary>
    public bool MayRestrictRecords => Has(StaffRole.TeamManager) || Has(StaffRole.TenantAdministrator);

    public bool Has(StaffRole role) => Roles.Contains(role);

    public bool SeesAccessLogs => Has(StaffRole.QualityAssurance) || Has(StaffRole.TenantAdministrator);
}
