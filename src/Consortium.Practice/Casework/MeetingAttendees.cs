using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Who may be chosen as attending a child's plan meeting, and the attendees a choice makes: at least one current member
/// of the authority's staff, family members of that child only, and people from other agencies each with a name and an agency.
/// </summary>
public sealed class MeetingAttendees(PracticeDbContext db, StaffDirectory directory)
{
    /// <summary>The child's family who may be chosen: not their siblings (each has their own record).</summary>
    public async Task<IReadOnlyList<FamilyMember>> FamilyToChooseAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.FamilyMembers.AsNoTracking().Where(f => f.ChildId == childId && f.SiblingChildId == null).OrderBy(f => f.Name).ToListAsync(cancellationToken);

    /// <summary>The attendees of every meeting of a case, by meeting, in the order they were chosen.</summary>
    public async Task<ILookup<Guid, MeetingAttendee>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        (await db.MeetingAttendees.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(a => a.Position).ToLookup(a => a.MeetingId);

    /// <returns>The attendees to keep (not yet added), or the problems with the choice.</returns>
    public async Task<Outcome<IReadOnlyList<MeetingAttendee>>> ChooseAsync(Guid childId, Guid caseId, AttendeesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<FieldError>();
        var staff = await directory.ChosenAsync([.. input.Staff.Distinct()], cancellationToken);
        if (input.Staff.Count == 0)
        {
            problems.Add(new("StaffAttendees", "Choose at least one member of staff who attended"));
        }
        else if (staff.Count != input.Staff.Distinct().Count())
        {
            problems.Add(new("StaffAttendees", "Choose staff who attended from the staff directory"));
        }

        var familyIds = input.Family.Distinct().ToList();
        var family = await db.FamilyMembers.AsNoTracking().Where(f => f.ChildId == childId && f.SiblingChildId == null && familyIds.Contains(f.Id)).ToListAsync(cancellationToken);
        if (family.Count != familyIds.Count)
        {
            problems.Add(new("FamilyAttendees", "Choose family members who attended from the child's family"));
        }

        if (input.Others.Count > AttendeesInput.MaxOthers)
        {
            problems.Add(new("OtherAttendees", $"Enter at most {AttendeesInput.MaxOthers} people from other agencies"));
        }
        else if (input.Others.Any(o => string.IsNullOrWhiteSpace(o.Name) || string.IsNullOrWhiteSpace(o.Agency) || o.Name.Trim().Length > MeetingAttendee.MaxText || o.Agency.Trim().Length > MeetingAttendee.MaxText))
        {
            problems.Add(new("OtherAttendees", $"Give each person from another agency a name and an agency, each up to {MeetingAttendee.MaxText} characters"));
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var attendees = new List<MeetingAttendee>();
        attendees.AddRange(staff.Select(s => new MeetingAttendee { Kind = AttendeeKind.Staff, StaffRecordId = s.Id, Name = s.Name, Role = s.JobTitle }));
        attendees.AddRange(family.Select(f => new MeetingAttendee { Kind = AttendeeKind.Family, FamilyMemberId = f.Id, Name = f.Name, Role = f.Relationship }));
        attendees.AddRange(input.Others.Select(o => new MeetingAttendee { Kind = AttendeeKind.OtherAgency, Name = o.Name!.Trim(), Role = o.Agency!.Trim() }));
        for (var i = 0; i < attendees.Count; i++)
        {
            attendees[i].CaseId = caseId;
            attendees[i].Position = i;
        }

        return Outcome<IReadOnlyList<MeetingAttendee>>.Done(attendees);
    }
}
