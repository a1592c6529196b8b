using System.Net;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_when_every_authority_database_is_migrated_and_not_within_one_check_of_one_going_missing()
    {
        using var factory = new ReadinessFactory(intervalSeconds: 1);
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, await ReadinessProbe.Within(client, HttpStatusCode.OK));

        SqliteConnection.ClearAllPools();
        File.Delete(Path.Combine(factory.DataDirectory, "tenants", "wokingham.db"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadinessProbe.Within(client, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("http://localhost/health/live"))).StatusCode);
    }

    [Fact]
    public async Task A_readiness_probe_reads_the_last_check_and_opens_no_authority_database()
    {
        using var factory = new ReadinessFactory(intervalSeconds: 3600);
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, await ReadinessProbe.Within(client, HttpStatusCode.OK));

        var before = factory.Opened;
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("http://localhost/health/ready"))).StatusCode);
        }

        Assert.Equal(before, factory.Opened);
    }

    /// <summary>The real host, counting every authority database context made, with the readiness check's interval set.</summary>
    private sealed class ReadinessFactory(int intervalSeconds) : ConsortiumWebFactory
    {
        private int _opened;

        public int Opened => Volatile.Read(ref _opened);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Health:AuthorityDatabases:IntervalSeconds", intervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services =>
            {
                var real = services.Last(d => d.ServiceType == typeof(ITenantDbContextFactory<PracticeDbContext>));
                services.Remove(real);
                services.Add(ServiceDescriptor.Describe(
                    typeof(ITenantDbContextFactory<PracticeDbContext>),
                    sp => new Counting((ITenantDbContextFactory<PracticeDbContext>)real.ImplementationFactory!(sp), () => Interlocked.Increment(ref _opened)),
                    real.Lifetime));
            });
        }

        private sealed class Counting(ITenantDbContextFactory<PracticeDbContext> inner, Action opened) : ITenantDbContextFactory<PracticeDbContext>
        {
            public PracticeDbContext Create(TenantInfo tenant)
            {
                opened();
                return inner.Create(tenant);
            }
        }
    }
}
