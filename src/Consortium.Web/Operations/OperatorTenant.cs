using Consortium.Tenancy;
using Consortium.Tenancy.Stores;

namespace Consortium.Web.Operations;

/// <summary>Runs an operator command's work in one authority's scope, or says the authority does not exist.</summary>
internal static class OperatorTenant
{
    public static async Task<int> RunAsync<TService>(
        IServiceProvider services, OperatorConsole console, string slug, Func<TService, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
        where TService : notnull
    {
        var tenant = await services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug, cancellationToken);
        if (tenant is null)
        {
            await console.Error.WriteLineAsync($"There is no authority '{slug}'. 'tenants list' shows them.");
            return 1;
        }

        return await services.GetRequiredService<ITenantScopeRunner>().RunAsync(
            tenant,
            (provider, ct) => work(provider.GetRequiredService<TService>(), ct),
            cancellationToken);
    }
}
