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

/// <summary>A family member as entered; a sibling may be named by their child reference (C-...).</summary>
public sealed record FamilyMemberInput(string? Name, string? Relationship, DateOnly? DateOfBirth, bool LivesWithChild, bool ParentalResponsibility, string? SiblingReference)
{
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            problems.Add(new(nameof(Name), "Enter the family member's name, up to 100 characters"));
        }

        if (string.IsNullOrWhiteSpace(Relationship) || Relationship.Length > 60)
        {
            problems.Add(new(nameof(Relationship), "Enter who they are to the child, up to 60 characters"));
        }

        if (DateOfBirth is { } born && born > today)
        {
            problems.Add(new(nameof(DateOfBirth), "Date of birth must be in the past"));
        }

        if (SiblingReference is { Length: > 20 })
        {
            problems.Add(new(nameof(SiblingReference), "A child reference is like C-1A2B3C4D"));
        }

        return problems;
    }
}
