using Consortium.Practice.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Policy;

public sealed record CurrentPolicy(PracticePolicy Policy, int Version);

/// <summary>The outcome of a save: the new version, the problems that stopped it, or the change someone else made first.</summary>
public sealed record PolicySaveResult(int? SavedVersion, IReadOnlyList<PolicyProblem> Problems, PolicyConflict? Conflict)
{
    public bool Succeeded => SavedVersion is not null;
}

/// <summary>Someone saved a newer version since the person loaded theirs; nothing was overwritten.</summary>
public sealed record PolicyConflict(int CurrentVersion, string ChangedBy, DateTimeOffset ChangedAt, IReadOnlyList<string> TheirChanges);

/// <summary>Reads and changes the policy of the authority whose database the scope is bound to.</summary>
public sealed class PracticePolicyStore(PracticeDbContext db, ITenantOptionsInvalidator invalidator, TimeProvider clock)
{
    public async Task<CurrentPolicy> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.PolicyRevisions.AsNoTracking()
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new CurrentPolicy(InitialPolicy.For(db.Tenant), 0)
            : new CurrentPolicy(PolicyJson.Deserialize(latest.PolicyJson), latest.Version);
    }

    public async Task<IReadOnlyList<PolicyRevision>> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        await db.PolicyRevisions.AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Saves the proposed policy as the next version if it is valid and <paramref name="expectedVersion"/> is
    /// still the latest. Nothing is written otherwise.
    /// </summary>
    public async Task<PolicySaveResult> SaveAsync(PracticePolicy proposed, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var problems = PracticePolicyValidator.Validate(proposed);
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            problems = [.. problems, new PolicyProblem("ChangedBy", "Say who is making the change")];
        }

        if (problems.Count > 0)
        {
            return new PolicySaveResult(null, problems, null);
        }

        var current = await GetCurrentAsync(cancellationToken);
        if (current.Version != expectedVersion)
        {
            return new PolicySaveResult(null, [], await ConflictSince(expectedVersion, current, cancellationToken));
        }

        var changes = PolicyJson.Differences(current.Policy, proposed);
        var revision = new PolicyRevision
        {
            Version = expectedVersion + 1,
            PolicyJson = PolicyJson.Serialize(proposed),
            ChangedBy = changedBy.Trim(),
            ChangedAt = clock.GetUtcNow(),
            Summary = current.Version == 0 ? "Initial policy" : changes.Count == 0 ? "No changes" : string.Join("\n", changes),
        };
        db.PolicyRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took the same version number between our read and write (unique index).
            db.Entry(revision).State = EntityState.Detached;
            var now = await GetCurrentAsync(cancellationToken);
            return new PolicySaveResult(null, [], await ConflictSince(expectedVersion, now, cancellationToken));
        }

        invalidator.Invalidate(db.TenantId);
        return new PolicySaveResult(revision.Version, [], null);
    }

    private async Task<PolicyConflict> ConflictSince(int expectedVersion, CurrentPolicy current, CancellationToken cancellationToken)
    {
        var theirs = await db.PolicyRevisions.AsNoTracking()
            .Where(r => r.Version > expectedVersion)
            .OrderBy(r => r.Version)
            .ToListAsync(cancellationToken);
        var latest = theirs.LastOrDefault();
        return new PolicyConflict(
            current.Version,
            latest?.ChangedBy ?? "",
            latest?.ChangedAt ?? default,
            [.. theirs.SelectMany(r => r.Summary.Split('\n'))]);
    }
}
