using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Audits;

/// <summary>
/// The authority's audit framework: the published version audits are done on, each earlier version (an audit keeps
/// the one it was done on), and the draft an administrator edits and publishes.
/// </summary>
public sealed class AuditFrameworks(SettingsStore<AuditFramework> published, SettingsStore<AuditFrameworkDraft> drafts)
{
    /// <summary>The framework in force and its version; version 0 is the default framework before anything is saved.</summary>
    public Task<CurrentSettings<AuditFramework>> PublishedAsync(CancellationToken cancellationToken = default) =>
        published.GetCurrentAsync(cancellationToken);

    public async Task<AuditFramework?> VersionAsync(int version, CancellationToken cancellationToken = default) =>
        version == 0 ? (await published.GetCurrentAsync(cancellationToken)) is { Version: 0 } initial ? initial.Settings : null
            : await published.GetVersionAsync(version, cancellationToken);

    public Task<IReadOnlyList<SettingsRevision>> HistoryAsync(CancellationToken cancellationToken = default) =>
        published.GetHistoryAsync(cancellationToken);

    public Task<CurrentSettings<AuditFrameworkDraft>> DraftAsync(CancellationToken cancellationToken = default) =>
        drafts.GetCurrentAsync(cancellationToken);

    public Task<Outcome<int>> SaveDraftAsync(AuditFramework framework, int expectedVersion, string changedBy, CancellationToken cancellationToken = default) =>
        drafts.SaveAsync(new AuditFrameworkDraft { Framework = framework }, expectedVersion, changedBy, cancellationToken);

    /// <summary>
    /// Publishes the draft as it was at <paramref name="draftVersion"/> (what the administrator saw): refused if the draft
    /// changed since, or if it is the same as the framework in force. Gives the published version.
    /// </summary>
    public async Task<Outcome<int>> PublishAsync(int draftVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        var draft = await drafts.GetCurrentAsync(cancellationToken);
        if (draft.Version != draftVersion)
        {
            return new Failure.Refused("The draft changed since you opened it: read it again before publishing");
        }

        var current = await published.GetCurrentAsync(cancellationToken);
        if (current.Version > 0 && SettingsJson.Serialize(current.Settings) == SettingsJson.Serialize(draft.Settings.Framework))
        {
            return new Failure.Refused("The draft is the same as the framework in force: there is nothing to publish");
        }

        return await published.SaveAsync(draft.Settings.Framework, current.Version, changedBy, cancellationToken);
    }

    /// <summary>The version audits are done on now, writing the default as version 1 if nothing was ever published.</summary>
    public async Task<(AuditFramework Framework, int Version)> InForceAsync(CancellationToken cancellationToken = default)
    {
        var current = await published.GetCurrentAsync(cancellationToken);
        if (current.Version == 0)
        {
            await published.EnsureInitialAsync("The default Signs of Safety framework", cancellationToken);
            current = await published.GetCurrentAsync(cancellationToken);
        }

        return (current.Settings, current.Version);
    }
}
