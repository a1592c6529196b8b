using Consortium.Practice.Outcomes;
namespace Consortium.Practice.SafetyPlanning;

/// <summary>A network member as entered.</summary>
public sealed record NetworkMemberInput(string? Name, string? Relationship, string? Contact, bool KnowsDangerStatements, string? Role)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            problems.Add(new(nameof(Name), "Enter the person's name, up to 100 characters"));
        }

        if (string.IsNullOrWhiteSpace(Relationship) || Relationship.Length > 60)
        {
            problems.Add(new(nameof(Relationship), "Enter who they are to the child, up to 60 characters"));
        }

        if (Contact is { Length: > 200 })
        {
            problems.Add(new(nameof(Contact), "Contact details must be 200 characters or fewer"));
        }

        if (Role is { Length: > 300 })
        {
            problems.Add(new(nameof(Role), "Their role in the plan must be 300 characters or fewer"));
        }

        return problems;
    }
}
