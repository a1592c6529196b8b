using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Consortium.Practice.Programme;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Outbox;

/// <summary>
/// Puts the current authority's programme timeline in its outbox for the hub, unless the latest timeline message there
/// already carries the same version. Called after an administrator saves the timeline and by the daily run, so a process
/// stopping between the save and this leaves the hub behind only until the next day.
/// </summary>
public sealed class TimelineSharing(MetricsDbContext db, SettingsStore<ProgrammeTimeline> timelines, ITenantContextAccessor tenants, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>True when a message was written.</summary>
    public async Task<bool> ShareAsync(CancellationToken ct = default)
    {
        var tenant = tenants.Current ?? throw new InvalidOperationException("A timeline is shared for one authority at a time.");
        var current = await timelines.GetCurrentAsync(ct);
        var message = Message(new AuthorityCode(tenant.NewLaCode), current.Settings, current.Version);
        var last = await db.Outbox.AsNoTracking()
            .Where(m => m.MessageType == nameof(ProgrammeTimelineShared))
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstOrDefaultAsync(ct);
        if (last is not null && JsonSerializer.Deserialize<ProgrammeTimelineShared>(last, ContractJson.Options)!.Version == message.Version)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.Outbox.Add(new OutboxMessage
        {
            MessageType = nameof(ProgrammeTimelineShared),
            Body = JsonSerializer.Serialize(message, ContractJson.Options),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        signal.Notify();
        return true;
    }

    public static ProgrammeTimelineShared Message(AuthorityCode authority, ProgrammeTimeline timeline, int version)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new ProgrammeTimelineShared
        {
            Authority = authority,
            Version = version,
            IntroducedOn = timeline.IntroducedOn,
            BaselineFrom = timeline.BaselineFrom,
            BaselineTo = timeline.BaselineTo,
            Phases = [.. timeline.Phases.Select((p, i) => new ProgrammePhaseShared(i + 1, p.Start, p.End))],
        };
    }
}
