using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Options;

/// <summary>Builds options as the framework does, with each authority's configuration applied before post-configuration and validation.</summary>
internal sealed class TenantOptionsFactory<TOptions>(
    IEnumerable<IConfigureOptions<TOptions>> setups,
    IEnumerable<IPostConfigureOptions<TOptions>> postConfigures,
    IEnumerable<IValidateOptions<TOptions>> validations,
    IEnumerable<ITenantConfigureOptions<TOptions>> tenantSetups,
    ITenantContextAccessor accessor) : IOptionsFactory<TOptions>
    where TOptions : class
{
    public TOptions Create(string name)
    {
        var options = Activator.CreateInstance<TOptions>();
        foreach (var setup in setups)
        {
            if (setup is IConfigureNamedOptions<TOptions> named)
            {
                named.Configure(name, options);
            }
            else if (name == Microsoft.Extensions.Options.Options.DefaultName)
            {
                setup.Configure(options);
            }
        }

        if (accessor.Current is { } tenant)
        {
            foreach (var tenantSetup in tenantSetups)
            {
                tenantSetup.Configure(name, options, tenant);
            }
        }

        foreach (var post in postConfigures)
        {
            post.PostConfigure(name, options);
        }

        var failures = validations
            .Select(v => v.Validate(name, options))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? [])
            .ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(name, typeof(TOptions), failures);
        }

        return options;
    }
}
