namespace Consortium.Practice.Casework;

/// <summary>
/// Who attended a plan meeting as the person chose them: staff from the directory and family members from the child's
/// family (by id, never typed), and people from other agencies.
/// </summary>
public sealed record AttendeesInput(IReadOnlyList<Guid> Staff, IReadOnlyList<Guid> Family, IReadOnlyList<OtherAttendee> Others)
{
    public const int MaxOthers = 20;
}
