using Consortium.Tenancy.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Tenancy.Tests;

public sealed class TenantScopeRunnerTests
{
    private static ServiceProvider Build() =>
        new ServiceCollection().AddLogging().AddTenancy(new ConfigurationBuilder().Build()).AddScoped<ScopedThing>().BuildServiceProvider();

    private sealed class ScopedThing;

    [Fact]
    public async Task Work_runs_for_the_given_authority_in_its_own_scope_and_the_previous_authority_is_restored()
    {
        using var services = Build();
        var runner = services.GetRequiredService<ITenantScopeRunner>();
        var accessor = services.GetRequiredService<ITenantContextAccessor>();

        ScopedThing? first = null;
        ScopedThing? second = null;
        await runner.RunAsync(TestTenants.A, async (sp, ct) =>
        {
            first = sp.GetRequiredService<ScopedThing>();
            Assert.Equal(TestTenants.A, accessor.Current);
            await runner.RunAsync(TestTenants.B, async (inner, _) =>
            {
                await Task.Yield();
                second = inner.GetRequiredService<ScopedThing>();
                Assert.Equal(TestTenants.B, accessor.Current);
            }, ct);
            Assert.Equal(TestTenants.A, accessor.Current);
        });

        Assert.Null(accessor.Current);
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task Many_interleaved_units_of_work_never_see_another_authoritys_tenant()
    {
        using var services = Build();
        var runner = services.GetRequiredService<ITenantScopeRunner>();
        var accessor = services.GetRequiredService<ITenantContextAccessor>();
        var tenants = Enumerable.Range(1, 10).Select(i => TestTenants.Make($"la{i:00}", $"E060000{i:00}")).ToArray();
        var mismatches = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var tenant = tenants[i % tenants.Length];
            await runner.RunAsync(tenant, async (_, _) =>
            {
                for (var step = 0; step < 3; step++)
                {
                    await Task.Delay(i % 3, ct);
                    if (!ReferenceEquals(accessor.Current, tenant))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            }, ct);
        });

        Assert.Equal(0, mismatches);
    }
}
