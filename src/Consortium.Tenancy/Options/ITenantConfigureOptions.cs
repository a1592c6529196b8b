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
