using System.Diagnostics;
using System.Text.Json;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Outbox;

/// <summary>
/// Sends what authorities' outboxes hold, each authority in turn with its own context. A batch is claimed with a
/// lease, so two instances never send the same batch at once; a message is marked sent only once the broker has
/// confirmed it; a failure waits longer each time. A message sent but not yet marked (the process died between)
/// is sent again: the hub's consumer is idempotent, so that is safe.
/// </summary>
public sealed partial class OutboxRelay(
    ITenantDirectory directory,
    ITenantDbContextFactory<MetricsDbContext> contexts,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly ActivitySource Source = new("Consortium.Metrics");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RelayEveryAuthorityAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRelayFailed(ex.GetType().Name);
            }

            if (sent == 0)
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(settings.PollSeconds), stoppingToken);
            }
        }
    }

    /// <summary>One pass over every authority's outbox; returns how many messages it marked sent.</summary>
    public async Task<int> RelayEveryAuthorityAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var tenants = await directory.GetAllAsync(ct);
        var sent = 0;
        foreach (var tenant in tenants)
        {
            try
            {
                sent += await RelayAsync(tenant, ct);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // One authority's database being away (restored, being onboarded) must not stop every other's messages.
                LogAuthorityFailed(tenant.Identifier, ex.GetType().Name);
            }
        }

        LogPassDone(tenants.Count, sent, clock.GetElapsedTime(started).TotalMilliseconds);
        return sent;
    }

    /// <summary>
    /// Sends one authority's due messages, batch by batch, until none is due. At the first failure it stops and hands
    /// the rest of the batch back untouched: the broker is most likely away, and each message would only wait out its
    /// own timeout. It hands the rest back too, and claims again, when the lease has too little time left for another
    /// publish (or was lost): a lease that expires mid-publish lets a second instance send the same message at once.
    /// Returns how many it marked sent.
    /// </summary>
    public async Task<int> RelayAsync(TenantInfo tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = contexts.Create(tenant);
        var sent = 0;
        while (true)
        {
            var batch = await ClaimAsync(db, ct);
            if (batch.Count == 0)
            {
                return sent;
            }

            var lease = batch[0].LeaseToken!.Value;
            LogLeased(tenant.Identifier, batch.Count, lease);
            var marked = 0;
            var outcome = SendOutcome.Sent;
            foreach (var message in batch)
            {
                outcome = LeaseTooShort(message) ? SendOutcome.LeaseEnding : await SendAsync(db, tenant, message, ct);
                if (outcome != SendOutcome.Sent)
                {
                    await HandBackAsync(db, batch.SkipWhile(m => m.Id != message.Id).Skip(outcome == SendOutcome.LeaseEnding ? 0 : 1), lease);
                    break;
                }

                marked++;
            }

            sent += marked;
            LogBatchDone(tenant.Identifier, marked, batch.Count, lease);
            if (outcome == SendOutcome.Failed)
            {
                return sent;
            }
        }
    }

    /// <summary>Whether a publish that takes as long as it may would outlast the message's lease.</summary>
    private bool LeaseTooShort(OutboxMessage message)
    {
        var settings = options.Value;
        var needed = Math.Min(settings.PublishTimeoutSeconds, settings.LeaseSeconds / 2) * 1000;
        return clock.GetUtcNow().ToUnixTimeMilliseconds() + needed >= message.LeasedUntil;
    }

    private static Task<int> HandBackAsync(MetricsDbContext db, IEnumerable<OutboxMessage> rest, Guid lease)
    {
        var ids = rest.Select(m => m.Id).ToList();
        return db.Outbox.Where(m => ids.Contains(m.Id) && m.LeaseToken == lease)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, (Guid?)null).SetProperty(m => m.LeasedUntil, (long?)null), CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(MetricsDbContext db, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.CreatedAt).Select(m => m.Id).Take(settings.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid();
        var leasedUntil = now + (long)(settings.LeaseSeconds * 1000);
        await db.Outbox
            .Where(m => due.Contains(m.Id) && m.SentAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, token).SetProperty(m => m.LeasedUntil, leasedUntil), ct);
        return await db.Outbox.AsNoTracking().Where(m => m.LeaseToken == token).OrderBy(m => m.CreatedAt).ToListAsync(ct);
    }

    /// <summary>
    /// Publishes one message and marks it sent, under the batch's lease. If the lease is no longer this batch's (it
    /// expired and another instance took the message), the mark changes nothing and the batch stops: the message was
    /// published twice, which the hub's consumer takes as once.
    /// </summary>
    private async Task<SendOutcome> SendAsync(MetricsDbContext db, TenantInfo tenant, OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var activity = Source.StartActivity("outbox send");
        activity?.SetTag("consortium.tenant", tenant.Identifier);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.PublishTimeoutSeconds));
            await PublishAsync(message, timeout.Token);
            var sentAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var marked = await db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == message.LeaseToken)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LeaseToken, (Guid?)null).SetProperty(m => m.LeasedUntil, (long?)null), ct);
            if (marked == 0)
            {
                LogLeaseLost(tenant.Identifier, message.LeaseToken!.Value);
                return SendOutcome.LeaseLost;
            }

            return SendOutcome.Sent;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var wait = Math.Min(Math.Pow(2, Math.Min(attempts - 1, 20)), settings.MaxBackoffSeconds);
            var next = clock.GetUtcNow().AddSeconds(wait).ToUnixTimeMilliseconds();
            var failure = ex.GetType().Name;
            await db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == message.LeaseToken)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastFailure, failure)
                    .SetProperty(m => m.LeaseToken, (Guid?)null)
                    .SetProperty(m => m.LeasedUntil, (long?)null), CancellationToken.None);
            activity?.SetStatus(ActivityStatusCode.Error, failure);
            LogSendFailed(tenant.Identifier, attempts, failure, wait);
            return SendOutcome.Failed;
        }
    }

    private Task PublishAsync(OutboxMessage message, CancellationToken ct) => message.MessageType switch
    {
        nameof(IndicatorSnapshotPublished) => Publish<IndicatorSnapshotPublished>(message, ct),
        nameof(ProgrammeTimelineShared) => Publish<ProgrammeTimelineShared>(message, ct),
        _ => throw new InvalidOperationException("The outbox holds a message type the relay does not know."),
    };

    private Task Publish<T>(OutboxMessage message, CancellationToken ct)
        where T : class =>
        bus.Publish(
            JsonSerializer.Deserialize<T>(message.Body, ContractJson.Options)!,
            context =>
            {
                context.MessageId = message.Id;
                context.Durable = true;

                // On RabbitMQ a message no queue is bound for comes back as a failure, so it stays in the outbox.
                context.Mandatory = true;
            },
            ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not read the outbox of {Tenant} ({Failure}); the other authorities carry on")]
    private partial void LogAuthorityFailed(string tenant, string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox relay pass: {Authorities} authorities, {Sent} sent, {Milliseconds} ms")]
    private partial void LogPassDone(int authorities, int sent, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox batch {Lease} for {Tenant}: {Count} messages leased")]
    private partial void LogLeased(string tenant, int count, Guid lease);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox batch {Lease} for {Tenant}: {Sent} of {Count} marked sent")]
    private partial void LogBatchDone(string tenant, int sent, int count, Guid lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox batch {Lease} for {Tenant} lost its lease to another instance; the rest of it is theirs")]
    private partial void LogLeaseLost(string tenant, Guid lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay pass failed ({Failure}); retrying at the next poll")]
    private partial void LogRelayFailed(string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox send for {Tenant} failed (attempt {Attempts}, {Failure}); next try in {Seconds} s")]
    private partial void LogSendFailed(string tenant, int attempts, string failure, double seconds);

    private enum SendOutcome
    {
        Sent,
        Failed,
        LeaseEnding,
        LeaseLost,
    }
}
