namespace Consortium.Practice.Access;

/// <summary>What a member of an authority's staff may do in Consortium.</summary>
public enum StaffRole
{
    Practitioner,
    TeamManager,
    QualityAssurance,
    TenantAdministrator,
}
