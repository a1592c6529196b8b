using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records a new referral of a child who already has a record: a new episode of the same child, allocated to the person
/// recording it, so the indicators see a re-referral. For a child whose case is still open, the referral is recorded and
/// closed the same day with no further action (RC8), as the census records a referral about a child already open: the
/// work goes on in the open case, and the referral still counts as one.
/// </summary>
public sealed class ReReferralService(PracticeDbContext db, TimeProvider clock)
{
    public async Task<Outcome<CaseRecord>> RecordAsync(Guid childId, ReReferral referral, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.FirstOrDefaultAsync(c => c.Id == childId && c.MergedIntoChildId == null, cancellationToken);
        if (child is null || !child.MayBeOpenedBy(who))
        {
            return new Failure.NotFound("child");
        }

        var episodes = await db.Cases.AsNoTracking().Where(c => c.ChildId == childId)
            .Select(c => new { c.Reference, c.Stage, c.ReferralDate, c.ClosedOn }).ToListAsync(cancellationToken);
        var open = episodes.FirstOrDefault(e => e.Stage != CaseStage.Closed);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = referral.Validate(child, open is null ? episodes.Max(e => e.ClosedOn) : null, today).ToList();
        if (open is not null && referral.ReferralDate is { } date && date < open.ReferralDate && problems.All(p => p.Field != nameof(ReReferral.ReferralDate)))
        {
            problems.Add(new(nameof(ReReferral.ReferralDate), $"Referral date must be on or after the open case's referral, {open.ReferralDate:d MMMM yyyy}"));
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var record = CaseRecord.Open(child, referral.For(child), CaseReferences.New("R"), new Allocation(who.Subject, who.Name, who.Team), now);
        if (open is not null)
        {
            StageRules.Apply(record, new StageTransition(CaseStage.Closed, record.ReferralDate, ClosureReason: Census.ClosureReason.NoFurtherAction.Code), who.Name, now);
        }

        db.Cases.Add(record);
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Created, "case", record.Id, now);
        CaseVersions.KeepChanged(db, now);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
