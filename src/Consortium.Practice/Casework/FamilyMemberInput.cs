using Consortium.Practice.Outcomes;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

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
