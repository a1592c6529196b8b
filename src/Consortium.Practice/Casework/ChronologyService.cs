using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>Reads a case's chronology through a filter; the view is logged on the child's record like the case page.</summary>
public sealed class ChronologyService(PracticeDbContext db, TimeProvider clock, MeetingAttendees attendance)
{
    /// <returns>Invalid for a filter whose dates are the wrong way round (nothing read or logged); not found for a case this person may not open.</returns>
    public async Task<Outcome<CaseChronology>> ForCaseAsync(Guid caseId, ChronologyFilter filter, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Validate() is { Count: > 0 } problems)
        {
            return new Failure.Invalid(problems);
        }

        if (await db.OpenLoggedAsync(caseId, who, "chronology", clock.GetUtcNow(), cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var supervisions = await db.Supervisions.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken);
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        var restrictions = await db.AccessLog.AsNoTracking()
            .Where(l => l.ChildId == opened.Child.Id && l.RecordType == "restriction" && l.Action == AccessAction.Changed)
            .ToListAsync(cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId && n.Significant).ToListAsync(cancellationToken);
        var attendees = await attendance.OfCaseAsync(caseId, cancellationToken);
        var outcomes = await db.EnquiryOutcomes.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(cancellationToken);
        var events = Chronology.Of(opened.Case, supervisions, allocations, restrictions, notes, attendees, outcomes);
        return new CaseChronology(opened.Child, opened.Case, [.. events.Where(filter.Shows)]);
    }
}
