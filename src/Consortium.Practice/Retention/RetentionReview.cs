using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Maps;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Retention;

/// <summary>
/// The authority's retention rules applied to its records: how long one child's record is kept, and which records are
/// past that date and due for review. Consortium lists them for the authority to decide; it deletes nothing by itself.
/// </summary>
public sealed class RetentionReview(PracticeDbContext db, IOptionsSnapshot<PracticePolicy> policy)
{
    public const int MostListed = 500;

    public async Task<RetentionDecision?> ForChildAsync(Child child, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(child);
        var decisions = await DecideAsync(child.Id, cancellationToken);
        return decisions.FirstOrDefault().Decision;
    }

    /// <summary>Records whose keep-until date has passed, the longest overdue first, with how many there are in all.</summary>
    public async Task<(IReadOnlyList<RetentionReviewRow> Rows, int Total)> DueAsync(DateOnly today, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var due = (await DecideAsync(null, cancellationToken))
            .Where(d => d.Decision?.IsDueForReview(today) == true)
            .OrderBy(d => d.Decision!.KeepUntil).ThenBy(d => d.Child.Reference)
            .ToList();
        return ([.. due.Take(MostListed).Select(d => new RetentionReviewRow(
            d.Child.Id, d.Child.Reference, d.Child.MayBeOpenedBy(who) ? d.Child.FullName : null, d.Decision!.KeepUntil!.Value, d.Decision.Reason))], due.Count);
    }

    /// <summary>One child, or every child not merged into another.</summary>
    private async Task<List<(Child Child, RetentionDecision? Decision)>> DecideAsync(Guid? childId, CancellationToken cancellationToken)
    {
        var found = await db.Children.AsNoTracking().Where(c => childId == null ? c.MergedIntoChildId == null : c.Id == childId).ToListAsync(cancellationToken);
        var episodes = (await db.Cases.AsNoTracking().Where(c => childId == null || c.ChildId == childId)
            .Select(c => new { c.ChildId, c.ClosedOn, c.ClosureReason, Plan = c.ProtectionPlanStart != null || db.StageChanges.Any(h => h.CaseId == c.Id && h.To == CaseStage.ChildProtectionPlan) })
            .ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId, e => new RetentionEpisode(e.ClosedOn, e.ClosureReason?.Code, e.Plan));
        var earlyHelp = (await db.SafetyMaps.AsNoTracking().Where(m => (childId == null || m.ChildId == childId) && m.Kind == MapKind.SignsOfWellbeing && !m.IsDraft)
            .Select(m => m.ChildId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var rules = policy.Value.Retention;
        return [.. found.Select(c => (c, RetentionSchedule.For(c.DateOfBirth ?? c.ExpectedDateOfBirth, [.. episodes[c.Id]], earlyHelp.Contains(c.Id), rules)))];
    }
}
