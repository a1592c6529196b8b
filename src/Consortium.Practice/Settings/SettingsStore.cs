using System.Globalization;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Settings;

/// <summary>
/// Reads and changes one kind of settings of the authority whose database the scope is bound to. Every save
/// is a new version; a save based on an old version is refused with what changed since.
/// </summary>
public sealed class SettingsStore<T>(PracticeDbContext db, ISettingsKind<T> kind, ITenantOptionsInvalidator invalidator, TimeProvider clock)
    where T : class, new()
{
    private IQueryable<SettingsRevision> Revisions => db.SettingsRevisions.AsNoTracking().Where(r => r.Kind == kind.Kind);

    public async Task<CurrentSettings<T>> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var latest = await Revisions.OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new CurrentSettings<T>(kind.Initial(db.Tenant), 0)
            : new CurrentSettings<T>(SettingsJson.Deserialize<T>(latest.Json), latest.Version);
    }

    /// <summary>The settings as they were at one version, or null if there is no such version.</summary>
    public async Task<T?> GetVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var json = await Revisions.Where(r => r.Version == version).Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : SettingsJson.Deserialize<T>(json);
    }

    public async Task<IReadOnlyList<SettingsRevision>> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        await Revisions.OrderByDescending(r => r.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Saves the proposed settings as the next version if they are valid and <paramref name="expectedVersion"/>
    /// is still the latest, giving the version saved. Nothing is written otherwise: someone else's newer version is
    /// a conflict that says who saved it and what they changed.
    /// </summary>
    public async Task<Outcome<int>> SaveAsync(T proposed, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var problems = kind.Validate(proposed);
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            problems = [.. problems, new FieldError("ChangedBy", "Say who is making the change")];
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var current = await GetCurrentAsync(cancellationToken);
        if (current.Version != expectedVersion)
        {
            return await ConflictSince(expectedVersion, proposed, cancellationToken);
        }

        var changes = kind.Differences(current.Settings, proposed);
        var revision = new SettingsRevision
        {
            Kind = kind.Kind,
            Version = expectedVersion + 1,
            Json = SettingsJson.Serialize(proposed),
            ChangedBy = changedBy.Trim(),
            ChangedAt = clock.GetUtcNow(),
            Summary = current.Version == 0 ? "First version" : changes.Count == 0 ? "No changes" : string.Join("\n", changes),
        };
        db.SettingsRevisions.Add(revision);
        // Another save can take the same version number between our read and our write: the unique index refuses ours.
        if (await db.SaveOrFailAsync(() => ConflictSince(expectedVersion, proposed, cancellationToken), () => ConflictSince(expectedVersion, proposed, cancellationToken), cancellationToken) is { } failure)
        {
            return failure;
        }

        invalidator.Invalidate(db.TenantId);
        return revision.Version;
    }

    /// <summary>Writes version 1 if the authority has none yet (a new database).</summary>
    public async Task EnsureInitialAsync(string summary, CancellationToken cancellationToken = default)
    {
        if (await Revisions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.SettingsRevisions.Add(new SettingsRevision
        {
            Kind = kind.Kind,
            Version = 1,
            Json = SettingsJson.Serialize(kind.Initial(db.Tenant)),
            ChangedBy = "system",
            ChangedAt = clock.GetUtcNow(),
            Summary = summary,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Who saved since <paramref name="expectedVersion"/> and when, and what they changed field by field, with this
    /// person's own value where they changed a setting too. A version number ahead of the latest comes from a form
    /// someone altered, not from a newer save: it gives no starting point, so every setting that differs from the
    /// person's input is shown instead.
    /// </summary>
    private async Task<Failure> ConflictSince(int expectedVersion, T proposed, CancellationToken cancellationToken)
    {
        var theirs = await Revisions
            .Where(r => r.Version > expectedVersion)
            .OrderBy(r => r.Version)
            .ToListAsync(cancellationToken);
        var now = await GetCurrentAsync(cancellationToken);
        var before = await GetVersionAsync(expectedVersion, cancellationToken) ?? (expectedVersion == 0 ? kind.Initial(db.Tenant) : null);
        var changes = FieldChanges.Between(before is null ? null : kind.Fields(before).Values, kind.Fields(now.Settings), kind.Fields(proposed));
        var version = now.Version.ToString(CultureInfo.InvariantCulture);
        if (theirs.LastOrDefault() is not { } latest)
        {
            return new Failure.Conflict("The version you edited is not the latest", [.. changes.Select(c => c.Describe())]) { Changes = changes, Version = version };
        }

        var names = theirs.Select(r => r.ChangedBy).Distinct(StringComparer.Ordinal).ToList();
        var who = theirs.Count == 1
            ? $"{latest.ChangedBy} saved a newer version ({latest.Version}) {SavedAt.Words(latest.ChangedAt)} while you were editing"
            : $"{string.Join(" and ", names)} saved {theirs.Count} newer versions, the latest ({latest.Version}) {SavedAt.Words(latest.ChangedAt)}, while you were editing";
        var words = before is null ? changes.Select(c => c.Describe()) : kind.Differences(before, now.Settings);
        return new Failure.Conflict(who, [.. words]) { Changes = changes, Version = version };
    }
}
