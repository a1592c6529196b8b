namespace Consortium.Practice.Casework;

/// <summary>
/// A family member as the person reading the list may see them. A sibling known to the authority is named from their own
/// record when it is read, so a record restricted later is never shown by a name copied earlier: to staff not named on it,
/// it is only <see cref="CaseworkService.RestrictedSibling"/>, with nothing else about them.
/// </summary>
public sealed record FamilyListEntry(
    Guid Id, string Name, string Relationship, DateOnly? DateOfBirth, bool LivesWithChild, bool ParentalResponsibility, Guid? SiblingChildId, bool IsRestricted)
{
    public static FamilyListEntry Seen(FamilyMember member, Child? sibling, StaffMember who)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(who);
        if (sibling is null)
        {
            return new(member.Id, member.Name, member.Relationship, member.DateOfBirth, member.LivesWithChild, member.ParentalResponsibility, member.SiblingChildId, false);
        }

        return sibling.MayBeOpenedBy(who)
            ? new(member.Id, sibling.FullName, member.Relationship, sibling.DateOfBirth ?? member.DateOfBirth, member.LivesWithChild, member.ParentalResponsibility, sibling.Id, false)
            : new(member.Id, CaseworkService.RestrictedSibling, "", null, false, false, null, true);
    }
}
