using Consortium.Practice.Access;

namespace Consortium.Practice.Casework;

/// <summary>The member of staff doing the work: their stable subject, name, team and roles.</summary>
public sealed record StaffMember(string Subject, string Name, string Team, IReadOnlySet<StaffRole> Roles)
{
    public bool Has(StaffRole role) => Roles.Contains(role);

    public bool SeesAccessLogs => Has(StaffRole.QualityAssurance) || Has(StaffRole.TenantAdministrator);
}
