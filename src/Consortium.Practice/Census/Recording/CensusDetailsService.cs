using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Census.Recording;

/// <summary>
/// Records what the census needs of a child and of an episode, each against the version the person saw (a stale one
/// is a conflict) and with a line in the child's access log. Invalid input saves nothing.
/// </summary>
public sealed class CensusDetailsService(PracticeDbContext db, TimeProvider clock)
{
    private static readonly Failure.Conflict ChildConflict =
        new("Someone else changed this child's census details while you were working on them", []);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Child>> RecordForChildAsync(Guid childId, ChildCensusDetails details, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.FirstOrDefaultAsync(c => c.Id == childId && c.MergedIntoChildId == null, cancellationToken);
        if (child is null || !child.MayBeOpenedBy(who))
        {
            return db.Refuse(new Failure.NotFound("child"));
        }

        if (child.ConcurrencyToken != expectedToken)
        {
            return db.Refuse(ChildConflict);
        }

        var problems = details.Validate(child, Today);
        if (problems.Count > 0)
        {
            return db.Refuse(new Failure.Invalid(problems));
        }

        child.Upn = details.CleanUpn;
        child.UpnUnknown = string.IsNullOrWhiteSpace(details.UpnUnknown) ? null : UpnUnknown.List.FromStored(details.UpnUnknown.Trim());
        child.FormerUpn = details.CleanFormerUpn;
        child.DateOfDeath = details.DateOfDeath;
        child.ConcurrencyToken = Guid.NewGuid();
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Changed, "census-details", child.Id, clock.GetUtcNow());
        return await db.SaveOrFailAsync(SavingChanges.Always(ChildConflict), cancellationToken: cancellationToken) is { } failure ? failure : child;
    }

    public Task<Outcome<CaseRecord>> RecordForEpisodeAsync(
        Guid caseId, EpisodeCensusDetails details, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync<CaseRecord>(caseId, expectedToken, who, clock.GetUtcNow(), change =>
        {
            var record = change.Case;
            var problems = details.Validate(record);
            if (problems.Count > 0)
            {
                return Task.FromResult<Outcome<CaseRecord>>(new Failure.Invalid(problems));
            }

            record.ReferralNfa = details.ReferralNfa;
            record.LatestCategoryOfAbuse = string.IsNullOrWhiteSpace(details.LatestCategoryOfAbuse) ? null : CategoryOfAbuse.List.FromStored(details.LatestCategoryOfAbuse.Trim());
            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Changed, "census-details", record.Id, change.Now);
            return Task.FromResult<Outcome<CaseRecord>>(record);
        },
        startedFrom: startedFrom,
        cancellationToken: cancellationToken);
    }
}
