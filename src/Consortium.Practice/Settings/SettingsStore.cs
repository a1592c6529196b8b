using Consortium.Practice.Data;
using Consortium.Tenancy.Options;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Settings;

public sealed record CurrentSettings<T>(T Settings, int Version);

/// <summary>The outcome of a save: the new version, the problems that stopped it, or the change someone else made first.</summary>
public sealed record SettingsSaveResult(int? SavedVersion, IReadOnlyList<SettingsProblem> Problems, SettingsConflict? Conflict)
{
    public bool Succeeded => SavedVersion is not null;
}

/// <summary>Someone saved a newer version since the person loaded theirs; nothing was overwritten.</summary>
public sealed record SettingsConflict(int CurrentVersion, string ChangedBy, DateTimeOffset ChangedAt, IReadOnlyList<string> TheirChanges);

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
    /// is still the latest. Nothing is written otherwise.
    /// </summary>
    public async Task<SettingsSaveResult> SaveAsync(T proposed, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var problems = kind.Validate(proposed);
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            problems = [.. problems, new SettingsProblem("ChangedBy", "Say who is making the change")];
        }

        if (problems.Count > 0)
        {
            return new SettingsSaveResult(null, problems, null);
        }

        var current = await GetCurrentAsync(cancellationToken);
        if (current.Version != expectedVersion)
        {
            return new SettingsSaveResult(null, [], await ConflictSince(expectedVersion, current, cancellationToken));
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took the same version number between our read and our write (unique index).
            db.Entry(revision).State = EntityState.Detached;
            var now = await GetCurrentAsync(cancellationToken);
            return new SettingsSaveResult(null, [], await ConflictSince(expectedVersion, now, cancellationToken));
        }

        invalidator.Invalidate(db.TenantId);
        return new SettingsSaveResult(revision.Version, [], null);
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

    private async Task<SettingsConflict> ConflictSince(int expectedVersion, CurrentSettings<T> current, CancellationToken cancellationToken)
    {
        var theirs = await Revisions
            .Where(r => r.Version > expectedVersion)
            .OrderBy(r => r.Version)
            .ToListAsync(cancellationToken);
        var latest = theirs.LastOrDefault();
        return new SettingsConflict(
            current.Version,
            latest?.ChangedBy ?? "",
            latest?.ChangedAt ?? default,
            [.. theirs.SelectMany(r => r.Summary.Split('\n'))]);
    }
}
