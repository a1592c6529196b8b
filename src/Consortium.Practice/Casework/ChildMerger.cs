using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// An administrator's merge of two records of one child: the episodes, maps, direct work (with its documents) and family
/// of the merged record move to the kept one, whose details stand; the merged record stays only as a pointer to the kept
/// one, and its access log stays as it was and is shown with the kept record's. The merge is logged on both. A restriction
/// on either record carries over, with everyone named on either. Refused when their episodes overlap in time (the census
/// allows a child one episode at a time) or either record changed since the preview.
/// </summary>
public sealed class ChildMerger(PracticeDbContext db, TimeProvider clock)
{
    public async Task<Outcome<MergePreview>> PreviewAsync(Guid keptId, string? otherReference, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var kept = await OpenableAsync(keptId, who, cancellationToken);
        if (kept is null || !who.Has(StaffRole.TenantAdministrator))
        {
            return new Failure.NotFound("child");
        }

        var reference = (otherReference ?? "").Trim().ToUpperInvariant();
        if (reference.Length == 0 || reference.Length > 20)
        {
            return new Failure.Invalid("OtherReference", "Enter the child reference of the other record, for example C-1A2B3C4D");
        }

        var other = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Reference == reference && c.MergedIntoChildId == null, cancellationToken);
        if (other is null || !other.MayBeOpenedBy(who))
        {
            return new Failure.Invalid("OtherReference", $"No record you can open has the reference {reference}");
        }

        if (other.Id == kept.Id)
        {
            return new Failure.Invalid("OtherReference", "That is this record's own reference. Enter the other record's");
        }

        var preview = new MergePreview(kept, await EpisodesAsync(kept.Id, cancellationToken), other, await EpisodesAsync(other.Id, cancellationToken));
        return Overlap(preview) is { } overlap ? overlap : preview;
    }

    public async Task<Outcome<Child>> MergeAsync(Guid keptId, Guid keptToken, Guid mergedId, Guid mergedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var kept = await db.Children.FirstOrDefaultAsync(c => c.Id == keptId && c.MergedIntoChildId == null, cancellationToken);
        var merged = await db.Children.FirstOrDefaultAsync(c => c.Id == mergedId && c.MergedIntoChildId == null, cancellationToken);
        if (kept is null || merged is null || kept.Id == merged.Id || !kept.MayBeOpenedBy(who) || !merged.MayBeOpenedBy(who) || !who.Has(StaffRole.TenantAdministrator))
        {
            return new Failure.NotFound("child");
        }

        if (kept.ConcurrencyToken != keptToken || merged.ConcurrencyToken != mergedToken)
        {
            return db.Refuse(Changed);
        }

        if (Overlap(new MergePreview(kept, await EpisodesAsync(kept.Id, cancellationToken), merged, await EpisodesAsync(merged.Id, cancellationToken))) is { } overlap)
        {
            return db.Refuse(overlap);
        }

        await foreach (var record in db.Cases.Where(c => c.ChildId == merged.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            record.ChildId = kept.Id;
        }

        await foreach (var map in db.SafetyMaps.Where(m => m.ChildId == merged.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            map.ChildId = kept.Id;
        }

        await foreach (var work in db.DirectWork.Where(w => w.ChildId == merged.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            work.ChildId = kept.Id;
        }

        var keptFamily = await db.FamilyMembers.Where(f => f.ChildId == kept.Id).ToListAsync(cancellationToken);
        foreach (var member in await db.FamilyMembers.Where(f => f.ChildId == merged.Id || f.SiblingChildId == merged.Id).ToListAsync(cancellationToken))
        {
            var listsTheChildThemself = (member.ChildId == merged.Id && member.SiblingChildId == kept.Id) || (member.ChildId == kept.Id && member.SiblingChildId == merged.Id);
            var alreadyListed = member.ChildId == merged.Id && member.SiblingChildId is { } sibling && keptFamily.Any(f => f.SiblingChildId == sibling);
            if (listsTheChildThemself || alreadyListed)
            {
                db.FamilyMembers.Remove(member);
                continue;
            }

            member.ChildId = member.ChildId == merged.Id ? kept.Id : member.ChildId;
            member.SiblingChildId = member.SiblingChildId == merged.Id ? kept.Id : member.SiblingChildId;
        }

        if (merged.IsRestricted)
        {
            kept.PermittedStaff = [.. (kept.IsRestricted ? kept.PermittedStaff : []).Concat(merged.PermittedStaff).Distinct(StringComparer.OrdinalIgnoreCase)];
            kept.IsRestricted = true;
        }

        var now = clock.GetUtcNow();
        merged.MergedIntoChildId = kept.Id;
        merged.ConcurrencyToken = Guid.NewGuid();
        kept.ConcurrencyToken = Guid.NewGuid();
        AccessLogWriter.Add(db, kept.Id, who, AccessAction.Merged, "child", merged.Id, now);
        AccessLogWriter.Add(db, merged.Id, who, AccessAction.Merged, "child", kept.Id, now);
        return await db.SaveOrFailAsync(SavingChanges.Always(Changed), cancellationToken: cancellationToken) is { } failure ? failure : kept;
    }

    private static readonly Failure.Conflict Changed = new("One of the two records changed while you were looking at them. Check them again before merging", []);

    private static Failure.Refused? Overlap(MergePreview preview)
    {
        foreach (var a in preview.KeptEpisodes)
        {
            foreach (var b in preview.MergedEpisodes)
            {
                var aEnds = a.ClosedOn ?? DateOnly.MaxValue;
                var bEnds = b.ClosedOn ?? DateOnly.MaxValue;
                if (a.ReferralDate <= bEnds && b.ReferralDate <= aEnds)
                {
                    return new Failure.Refused($"Episodes {a.Reference} and {b.Reference} overlap in time, and a child has one episode at a time. Close or correct one of them before merging");
                }
            }
        }

        return null;
    }

    private async Task<Child?> OpenableAsync(Guid id, StaffMember who, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoChildId == null, cancellationToken);
        return child is not null && child.MayBeOpenedBy(who) ? child : null;
    }

    private async Task<IReadOnlyList<CaseRecord>> EpisodesAsync(Guid childId, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => c.ChildId == childId).OrderBy(c => c.ReferralDate).ToListAsync(cancellationToken);
}
