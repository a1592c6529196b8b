using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>Someone in the family's safety network.</summary>
public sealed record NetworkMemberView(Guid Id, string Name, string Relationship, string? Contact, bool KnowsDangerStatements, string Role, DateTimeOffset AddedAt)
{
    public static NetworkMemberView From(SafetyNetworkMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.Id, member.Name, member.Relationship, member.Contact, member.KnowsDangerStatements, member.Role, member.AddedAt);
    }
}
