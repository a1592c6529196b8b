using Consortium.Practice.Outcomes;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>A child's family and household, within the authority.</summary>
public sealed class FamilyService(PracticeDbContext db, TimeProvider clock)
{
    /// <summary>The child's family as this person may see it: a linked sibling by their record's name, or as a restricted record.</summary>
    public async Task<IReadOnlyList<FamilyListEntry>> ForChildAsync(Guid childId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var members = await db.FamilyMembers.AsNoTracking().Where(f => f.ChildId == childId).ToListAsync(cancellationToken);
        var linked = members.Where(m => m.SiblingChildId is not null).Select(m => m.SiblingChildId!.Value).Distinct().ToList();
        var siblings = linked.Count == 0 ? [] : await db.Children.AsNoTracking().Where(c => linked.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        // Ordered after the names are resolved, so a hidden name does not show by where it sorts.
        return [.. members
            .Select(m => FamilyListEntry.Seen(m, m.SiblingChildId is { } id ? siblings.GetValueOrDefault(id) : null, who))
            .OrderBy(e => e.IsRestricted).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id)];
    }

    public async Task<Outcome<FamilyMember>> AddAsync(Guid childId, FamilyMemberInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null || !child.MayBeOpenedBy(who))
        {
            return new Failure.NotFound("child");
        }

        var problems = input.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToList();
        Guid? sibling = null;
        if (problems.Count == 0 && !string.IsNullOrWhiteSpace(input.SiblingReference))
        {
            var reference = input.SiblingReference.Trim().ToUpperInvariant();
            sibling = await db.Children.Where(c => c.Reference == reference && c.Id != childId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (sibling is null)
            {
                problems.Add(new(nameof(FamilyMemberInput.SiblingReference), "There is no other child with that reference in this authority"));
            }
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var member = new FamilyMember
        {
            ChildId = childId,
            Name = input.Name!.Trim(),
            Relationship = input.Relationship!.Trim(),
            DateOfBirth = input.DateOfBirth,
            LivesWithChild = input.LivesWithChild,
            ParentalResponsibility = input.ParentalResponsibility,
            SiblingChildId = sibling,
        };
        db.FamilyMembers.Add(member);
        AccessLogWriter.Add(db, childId, who, AccessAction.Changed, "family", childId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }
}
