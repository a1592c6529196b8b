namespace Consortium.Tenancy.Options;

/// <summary>Configures an options type for one authority, after the deployment-wide configuration.</summary>
public interface ITenantConfigureOptions<in TOptions>
    where TOptions : class
{
    void Configure(TOptions options, TenantInfo tenant);
}

internal sealed class DelegateTenantConfigureOptions<TOptions>(Action<TOptions, TenantInfo> configure) : ITenantConfigureOptions<TOptions>
    where TOptions : class
{
    public void Configure(TOptions options, TenantInfo tenant) => configure(options, tenant);
}
