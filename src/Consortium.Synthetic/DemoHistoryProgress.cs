using System.Collections.Concurrent;
using Consortium.Tenancy.Data.Seeding;
using Consortium.Tenancy;

namespace Consortium.Synthetic;

/// <summary>
/// The synthetic history each authority is given in the background after start: expected (before the process
/// answers, so the first share waits for it), how far it has got, and done (written, or given up on failure).
/// </summary>
public sealed class DemoHistoryProgress : IStartupSeeding
{
    private readonly ConcurrentDictionary<string, Entry> _authorities = new(StringComparer.Ordinal);

    public void Expect(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        _authorities.TryAdd(tenant.Id, new Entry());
    }

    public void Report(TenantInfo tenant, SeedProgress progress)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(progress);
        if (_authorities.TryGetValue(tenant.Id, out var entry))
        {
            entry.Progress = new StartupSeedingProgress(progress.Written, progress.Total);
        }
    }

    public void Done(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (_authorities.TryGetValue(tenant.Id, out var entry))
        {
            entry.Finished.TrySetResult();
        }
    }

    public StartupSeedingProgress? Progress(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return _authorities.TryGetValue(tenant.Id, out var entry) && !entry.Finished.Task.IsCompleted
            ? entry.Progress ?? new StartupSeedingProgress(0, 0)
            : null;
    }

    public Task WhenDoneAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return _authorities.TryGetValue(tenant.Id, out var entry) ? entry.Finished.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    private sealed class Entry
    {
        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public StartupSeedingProgress? Progress { get; set; }
    }
}
