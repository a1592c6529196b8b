using System.Globalization;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Programme;

/// <summary>
/// Keeps each member's latest programme timeline: a higher version replaces what is held, the same or a lower one
/// changes nothing (a redelivery, or an older message arriving late), and a timeline from an authority the hub does not
/// know is refused. Only the authority the message names is read or written.
/// </summary>
public sealed class TimelineIngestor(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, TimeProvider clock)
{
    /// <summary>True when the timeline now held changed.</summary>
    public async Task<bool> IngestAsync(ProgrammeTimelineShared message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var code = message.Authority.Value;
        if (authorities.Find(code) is null)
        {
            throw new SnapshotRefusedException(RefusalReason.UnknownAuthority, $"Programme timeline from unknown authority {code}.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var held = await db.MemberTimelines.FirstOrDefaultAsync(t => t.AuthorityCode == code, ct);
        if (held is not null && held.Version >= message.Version)
        {
            return false;
        }

        held ??= db.MemberTimelines.Add(new MemberTimeline { AuthorityCode = code }).Entity;
        held.Version = message.Version;
        held.IntroducedOn = message.IntroducedOn;
        held.BaselineFrom = message.BaselineFrom;
        held.BaselineTo = message.BaselineTo;
        held.Phases = string.Join(';', message.Phases.OrderBy(p => p.Number).Select(p => $"{Day(p.Start)}/{(p.End is { } end ? Day(end) : "")}"));
        held.ReceivedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Every member timeline held, by authority code.</summary>
    public async Task<IReadOnlyDictionary<string, MemberTimeline>> HeldAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MemberTimelines.AsNoTracking().ToDictionaryAsync(t => t.AuthorityCode, StringComparer.Ordinal, ct);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
