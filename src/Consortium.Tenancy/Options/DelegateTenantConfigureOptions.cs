namespace Consortium.Tenancy.Options;

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
