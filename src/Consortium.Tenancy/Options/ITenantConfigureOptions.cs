namespace Consortium.Tenancy.Options;

/// <summary>
/// Configures an options type for one authority, after the deployment-wide configuration and before
/// post-configuration and validation. <c>name</c> is the options name (an authentication scheme, say).
/// </summary>
public interface ITenantConfigureOptions<in TOptions>
    where TOptions : class
{
    void Configure(string name, TOptions options, TenantInfo tenant);
}

internal sealed class DelegateTenantConfigureOptions<TOptions>(string optionsName, Action<TOptions, TenantInfo> configure) : ITenantConfigureOptions<TOptions>
    where TOptions : class
{
    public void Configure(string name, TOptions options, TenantInfo tenant)
    {
        if (string.Equals(name, optionsName, StringComparison.Ordinal))
        {
            configure(options, tenant);
        }
    }
}
