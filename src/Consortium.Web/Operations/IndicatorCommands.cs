using System.CommandLine;
using System.Diagnostics;
using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;

namespace Consortium.Web.Operations;

/// <summary>
/// <c>indicators publish</c> shares the recent periods now; <c>indicators backfill --from 2015</c> shares every
/// period since. Each writes snapshots to the authority's outbox, then sends what is waiting, showing progress.
/// </summary>
internal static class IndicatorCommands
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "The authority's slug; every authority when left out" };
        var publish = new Command("publish", "Compute and share this and the previous month, quarter and reporting year") { tenant };
        publish.SetAction((parse, ct) => RunAsync(services, console, parse.GetValue(tenant), async (publisher, found, token) =>
        {
            var written = await publisher.PublishRecentAsync(found, SnapshotReason.Operator, token);
            await console.Out.WriteLineAsync($"{found.Identifier}: {written} snapshots written to the outbox");
        }, ct));

        var from = new Option<int>("--from") { Description = "First reporting year (2015 for 2015-16)", Required = true };
        var backfillTenant = new Option<string?>("--tenant") { Description = "The authority's slug; every authority when left out" };
        var backfill = new Command("backfill", "Compute and share every month, quarter and reporting year from a given year") { backfillTenant, from };
        backfill.SetAction((parse, ct) =>
        {
            var firstYear = parse.GetValue(from);
            var thisYear = ReportingPeriod.YearOf(DateOnly.FromDateTime(DateTime.UtcNow)).ReportingYear;
            if (firstYear < 2000 || firstYear > thisYear)
            {
                console.Error.WriteLine($"There is a problem: --from must be a reporting year from 2000 to {thisYear}.");
                return Task.FromResult(1);
            }

            return RunAsync(services, console, parse.GetValue(backfillTenant), async (publisher, found, token) =>
            {
                var clock = Stopwatch.StartNew();
                var progress = new SynchronousProgress<BackfillProgress>(step => console.Out.WriteLine(
                    $"{found.Identifier} [{step.Position}/{step.Count}] {step.Year}: {step.Snapshots} snapshots so far ({clock.Elapsed.TotalSeconds:F0} s)"));
                await publisher.BackfillAsync(found, firstYear, SnapshotReason.Backfill, progress, token);
            }, ct);
        });

        return new Command("indicators", "Share indicator snapshots with the consortium hub") { publish, backfill };
    }

    private static async Task<int> RunAsync(
        IServiceProvider services, OperatorConsole console, string? slug, Func<IndicatorPublisher, TenantInfo, CancellationToken, Task> work, CancellationToken ct)
    {
        var directory = services.GetRequiredService<ITenantDirectory>();
        IReadOnlyList<TenantInfo> tenants;
        if (slug is null)
        {
            tenants = await directory.GetAllAsync(ct);
        }
        else if (await directory.FindByIdentifierAsync(slug, ct) is { } found)
        {
            tenants = [found];
        }
        else
        {
            await console.Error.WriteLineAsync($"There is no authority '{slug}'. 'tenants list' shows them.");
            return 1;
        }

        var publisher = services.GetRequiredService<IndicatorPublisher>();
        var relay = services.GetRequiredService<OutboxRelay>();
        var relayHere = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.RelayEnabled;
        var bus = services.GetRequiredService<MassTransit.IBusControl>();
        await bus.StartAsync(ct);
        try
        {
            foreach (var tenant in tenants)
            {
                await services.GetRequiredService<Practice.Data.TenantDatabaseProvisioner>().ProvisionAsync(tenant, ct);
                await work(publisher, tenant, ct);
                // With the relay off in this process (Metrics:Outbox:RelayEnabled=false) the running app's relay sends them.
                var sent = relayHere ? await relay.RelayAsync(tenant, ct) : 0;
                var waiting = await WaitingAsync(services, tenant, ct);
                await console.Out.WriteLineAsync($"{tenant.Identifier}: {sent} sent to the broker" + (waiting > 0 ? $", {waiting} waiting (the running app's relay will retry them)" : ""));
            }
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static Task<int> WaitingAsync(IServiceProvider services, TenantInfo tenant, CancellationToken ct) =>
        services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, token) => sp.GetRequiredService<SharedSnapshotQueries>().WaitingAsync(token), ct);
}
