using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>Records and lists the visits to a child on a case; each is a fact of its own, so recording one needs no case version.</summary>
public sealed class VisitService(PracticeDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StatutoryVisit>?> ForCaseAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is null)
        {
            return null;
        }

        var visits = await db.StatutoryVisits.AsNoTracking().Where(v => v.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. visits.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt)];
    }

    public async Task<Outcome<StatutoryVisit>> RecordAsync(Guid caseId, VisitInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var now = clock.GetUtcNow();
        var problems = input.Validate(opened.Case, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var visit = new StatutoryVisit
        {
            CaseId = caseId,
            VisitedOn = input.VisitedOn!.Value,
            SeenAlone = input.SeenAlone,
            Notes = (input.Notes ?? "").Trim(),
            RecordedBy = who.Name,
            RecordedAt = now,
        };
        db.StatutoryVisits.Add(visit);
        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Created, "visit", visit.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return visit;
    }
}
