using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Options;

/// <summary>IOptions and IOptionsSnapshot that read the current authority's instance on every access.</summary>
internal sealed class TenantOptionsAdapter<TOptions>(IOptionsMonitor<TOptions> monitor) : IOptions<TOptions>, IOptionsSnapshot<TOptions>
    where TOptions : class
{
    public TOptions Value => monitor.CurrentValue;

    public TOptions Get(string? name) => monitor.Get(name);
}
