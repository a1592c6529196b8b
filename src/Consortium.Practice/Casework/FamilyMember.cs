using Consortium.Practice.Outcomes;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>A member of the child's family or household: who they are to the child, whether they live together, whether they hold parental responsibility. A sibling known to the authority links to their own record.</summary>
public sealed class FamilyMember : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid ChildId { get; set; }
    public string Name { get; set; } = "";
    public string Relationship { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public bool LivesWithChild { get; set; }
    public bool ParentalResponsibility { get; set; }
    public Guid? SiblingChildId { get; set; }
}
