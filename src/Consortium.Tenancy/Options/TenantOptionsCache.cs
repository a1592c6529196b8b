using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Options;

/// <summary>
/// The options monitor's cache, keyed by authority as well as name, so each authority gets its own
/// instance. Entries older than <see cref="TenancyOptions.OptionsCacheSeconds"/> are rebuilt, so a change
/// made by another process is seen without a restart.
/// </summary>
internal sealed class TenantOptionsCache<TOptions>(
    ITenantContextAccessor accessor,
    IOptionsMonitor<TenancyOptions> tenancy,
    TimeProvider clock) : IOptionsMonitorCache<TOptions>, ITenantOptionsCache
    where TOptions : class
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>> _byTenant = new(StringComparer.Ordinal);

    public TOptions GetOrAdd(string? name, Func<TOptions> createOptions)
    {
        ArgumentNullException.ThrowIfNull(createOptions);
        var entries = Entries();
        var key = name ?? Microsoft.Extensions.Options.Options.DefaultName;
        var maxAge = TimeSpan.FromSeconds(tenancy.CurrentValue.OptionsCacheSeconds);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && now - entry.CreatedAt < maxAge)
        {
            return entry.Value.Value;
        }

        var fresh = new Entry(now, new Lazy<TOptions>(createOptions));
        entries[key] = fresh;
        return fresh.Value.Value;
    }

    public bool TryAdd(string? name, TOptions options) =>
        Entries().TryAdd(name ?? Microsoft.Extensions.Options.Options.DefaultName, new Entry(clock.GetUtcNow(), new Lazy<TOptions>(options)));

    public bool TryRemove(string? name)
    {
        var key = name ?? Microsoft.Extensions.Options.Options.DefaultName;
        var removed = false;
        foreach (var entries in _byTenant.Values)
        {
            removed |= entries.TryRemove(key, out _);
        }

        return removed;
    }

    public void Clear()
    {
        foreach (var entries in _byTenant.Values)
        {
            entries.Clear();
        }
    }

    public void Clear(string tenantId)
    {
        if (_byTenant.TryGetValue(tenantId, out var entries))
        {
            entries.Clear();
        }
    }

    private ConcurrentDictionary<string, Entry> Entries() =>
        _byTenant.GetOrAdd(accessor.Current?.Id ?? "", _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));

    private sealed record Entry(DateTimeOffset CreatedAt, Lazy<TOptions> Value);
}
