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
                foreach (var tenant in await directory.GetAllAsync(stoppingToken))
                {
                    sent += await RelayAsync(tenant, stoppingToken);
                }
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

    /// <summary>Sends one authority's due messages, batch by batch. Returns how many were confirmed.</summary>
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

            foreach (var message in batch)
            {
                sent += await SendAsync(db, tenant, message, ct) ? 1 : 0;
            }
        }
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

    private async Task<bool> SendAsync(MetricsDbContext db, TenantInfo tenant, OutboxMessage message, CancellationToken ct)
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
            await db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == message.LeaseToken)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LeaseToken, (Guid?)null).SetProperty(m => m.LeasedUntil, (long?)null), ct);
            return true;
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
            return false;
        }
    }

    private Task PublishAsync(OutboxMessage message, CancellationToken ct) => message.MessageType switch
    {
        nameof(IndicatorSnapshotPublished) => bus.Publish(
            JsonSerializer.Deserialize<IndicatorSnapshotPublished>(message.Body, ContractJson.Options)!,
            context =>
            {
                context.MessageId = message.Id;
                context.Durable = true;

                // On RabbitMQ a message no queue is bound for comes back as a failure, so it stays in the outbox.
                context.Mandatory = true;
            },
            ct),
        _ => throw new InvalidOperationException("The outbox holds a message type the relay does not know."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay pass failed ({Failure}); retrying at the next poll")]
    private partial void LogRelayFailed(string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox send for {Tenant} failed (attempt {Attempts}, {Failure}); next try in {Seconds} s")]
    private partial void LogSendFailed(string tenant, int attempts, string failure, double seconds);
}
