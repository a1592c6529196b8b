using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Tests.Options;

public sealed class PerTenantOptionsTests
{
    private sealed class GreetingOptions
    {
        public string Greeting { get; set; } = "";
        public string Shared { get; set; } = "";
    }

    private static readonly Dictionary<string, string> Greetings = new() { [TestTenants.A.Id] = "Hello from alpha", [TestTenants.B.Id] = "Hello from bravo" };

    private static (ServiceProvider Services, Func<int> Calls) Build(int cacheSeconds = 30)
    {
        var calls = 0;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tenancy:OptionsCacheSeconds"] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddTenancy(configuration)
            .Configure<GreetingOptions>(o => o.Shared = "deployment-wide")
            .ConfigurePerTenant<GreetingOptions>((o, t) =>
            {
                Interlocked.Increment(ref calls);
                o.Greeting = Greetings[t.Id];
            })
            .BuildServiceProvider(validateScopes: true);
        return (services, () => calls);
    }

    private static async Task<GreetingOptions> ReadAs(IServiceProvider services, TenantInfo tenant) =>
        await services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) =>
            Task.FromResult(sp.GetRequiredService<IOptionsSnapshot<GreetingOptions>>().Value));

    [Fact]
    public async Task Each_authority_gets_its_own_options_over_the_shared_configuration()
    {
        var (services, _) = Build();

        var alpha = await ReadAs(services, TestTenants.A);
        var bravo = await ReadAs(services, TestTenants.B);

        Assert.Equal("Hello from alpha", alpha.Greeting);
        Assert.Equal("Hello from bravo", bravo.Greeting);
        Assert.Equal("deployment-wide", alpha.Shared);
        Assert.Equal("deployment-wide", bravo.Shared);
    }

    [Fact]
    public async Task IOptions_and_the_monitor_also_answer_for_the_current_authority()
    {
        var (services, _) = Build();
        var runner = services.GetRequiredService<ITenantScopeRunner>();

        var viaOptions = await runner.RunAsync(TestTenants.B, (sp, _) => Task.FromResult(sp.GetRequiredService<IOptions<GreetingOptions>>().Value.Greeting));
        var viaMonitor = await runner.RunAsync(TestTenants.A, (sp, _) => Task.FromResult(sp.GetRequiredService<IOptionsMonitor<GreetingOptions>>().CurrentValue.Greeting));

        Assert.Equal("Hello from bravo", viaOptions);
        Assert.Equal("Hello from alpha", viaMonitor);
    }

    [Fact]
    public async Task Options_are_cached_per_authority_and_rebuilt_after_that_authority_is_invalidated()
    {
        var (services, calls) = Build();
        await ReadAs(services, TestTenants.A);
        await ReadAs(services, TestTenants.A);
        await ReadAs(services, TestTenants.B);
        Assert.Equal(2, calls());

        Greetings[TestTenants.A.Id] = "Hello again from alpha";
        try
        {
            Assert.Equal("Hello from alpha", (await ReadAs(services, TestTenants.A)).Greeting);
            services.GetRequiredService<ITenantOptionsInvalidator>().Invalidate(TestTenants.A.Id);

            Assert.Equal("Hello again from alpha", (await ReadAs(services, TestTenants.A)).Greeting);
            Assert.Equal("Hello from bravo", (await ReadAs(services, TestTenants.B)).Greeting);
            Assert.Equal(3, calls());
        }
        finally
        {
            Greetings[TestTenants.A.Id] = "Hello from alpha";
        }
    }

    [Fact]
    public async Task With_no_cache_age_every_read_sees_the_latest_configuration()
    {
        var (services, calls) = Build(cacheSeconds: 0);
        await ReadAs(services, TestTenants.A);
        await ReadAs(services, TestTenants.A);
        Assert.Equal(2, calls());
    }
}
