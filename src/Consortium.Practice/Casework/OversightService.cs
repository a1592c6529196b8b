using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// A team manager's oversight of a case: allocating it to a member of staff chosen from the directory (every allocation
/// kept), and recording supervision with who attended chosen from the directory (kept as meeting attendees of the
/// supervision, by staff record). Only team managers; a record the manager may not open is not found.
/// </summary>
public sealed class OversightService(PracticeDbContext db, StaffDirectory directory, TimeProvider clock, MeetingAttendees attendance)
{
    public Task<Outcome<CaseRecord>> AllocateAsync(Guid caseId, Guid staffId, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.TeamManager))
        {
            return Task.FromResult<Outcome<CaseRecord>>(new Failure.NotFound("case"));
        }

        return db.ChangeCaseAsync<CaseRecord>(caseId, expectedToken, who, clock.GetUtcNow(), async change =>
        {
            var chosen = (await directory.ChosenAsync([staffId], cancellationToken)).SingleOrDefault();
            if (chosen is null)
            {
                return new Failure.Invalid("StaffId", "Choose someone from the list of current staff");
            }

            var record = change.Case;
            if (!record.IsOpen)
            {
                return new Failure.Refused("A closed case is not allocated");
            }

            db.Allocations.Add(new AllocationChange
            {
                CaseId = record.Id,
                FromName = record.WorkerName,
                ToName = chosen.Name,
                ToTeam = chosen.Team ?? record.Team,
                AllocatedBy = who.Name,
                AllocatedAt = change.Now,
            });
            (record.WorkerSubject, record.WorkerName, record.Team) = (chosen.Identifier, chosen.Name, chosen.Team ?? record.Team);
            AccessLogWriter.Add(db, record.ChildId, who, AccessAction.Changed, "allocation", record.Id, change.Now);
            return record;
        }, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<AllocationChange>> AllocationsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Allocations.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);

    public async Task<Outcome<Supervision>> SuperviseAsync(Guid caseId, SupervisionInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.TeamManager) || await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var now = clock.GetUtcNow();
        var problems = input.Validate(opened.Case, DateOnly.FromDateTime(now.UtcDateTime)).ToList();
        var chosen = await attendance.ChooseAsync(opened.Child.Id, caseId, new AttendeesInput(input.Attendees ?? [], [], []), cancellationToken);
        if (chosen.Failure is Failure.Invalid invalid)
        {
            problems.AddRange(invalid.Errors.Select(e => e with { Field = nameof(SupervisionInput.Attendees) }));
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var attendees = chosen.Value!;

        var supervision = new Supervision
        {
            CaseId = caseId,
            HeldOn = input.HeldOn!.Value,
            Attendees = string.Join(", ", attendees.Select(a => a.Label)),
            WorkingWell = (input.WorkingWell ?? "").Trim(),
            Worries = (input.Worries ?? "").Trim(),
            NeedsToHappen = input.NeedsToHappen!.Trim(),
            RecordedBy = who.Name,
            RecordedAt = now,
        };
        db.Supervisions.Add(supervision);
        foreach (var attendee in attendees)
        {
            attendee.MeetingId = supervision.Id;
            db.MeetingAttendees.Add(attendee);
        }

        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Created, "supervision", supervision.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return supervision;
    }

    public async Task<IReadOnlyList<Supervision>> SupervisionsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        [.. (await db.Supervisions.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken)).OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.RecordedAt)];
}
