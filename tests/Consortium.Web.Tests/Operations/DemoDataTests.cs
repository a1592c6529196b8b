using Consortium.Metrics.Scheduling;
using Consortium.Metrics.Data;
using Consortium.Practice.Data;
using Consortium.Tenancy.Data.Seeding;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.Web.Tests.Operations;

public sealed class DemoDataTests
{
    private sealed class SeedingFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DemoData:SeedOnStartup", "true");
            builder.UseSetting("DemoData:ChildrenPerAuthority", "6");
            builder.UseSetting("DemoData:HistoryYears", "2");
            builder.UseSetting("DemoData:VolumeFraction", "0.01");
        }
    }

    private sealed class BackgroundHistoryFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DemoData:SeedOnStartup", "true");
            builder.UseSetting("DemoData:ChildrenPerAuthority", "2");
            builder.UseSetting("DemoData:HistoryYears", "1");
            builder.UseSetting("DemoData:VolumeFraction", "0.02");
            builder.UseSetting("DemoData:HistoryInBackground", "true");
            builder.UseSetting("Metrics:Schedule:PublishYearsAtStart", "1");
            builder.UseSetting("Metrics:Outbox:RelayEnabled", "false");
        }
    }

    private sealed class ProductionFactory(bool enableDemoData) : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("DemoData:SeedOnStartup", "true");
            if (enableDemoData)
            {
                builder.UseSetting("DemoData:Enabled", "true");
            }
        }
    }

    [Fact]
    public void A_production_host_registers_no_synthetic_data_even_when_told_to_seed_at_start()
    {
        using var factory = new ProductionFactory(enableDemoData: false);

        var registered = factory.Services.GetRequiredService<IServiceProviderIsService>();

        Assert.False(registered.IsService(typeof(DemoSeeder)));
        Assert.False(registered.IsService(typeof(BulkSyntheticSeeder)));
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), h => h.GetType().Assembly == typeof(DemoSeeder).Assembly);
    }

    [Fact]
    public void The_demo_seed_starts_after_the_databases_are_migrated_and_before_indicators_are_first_published()
    {
        using var factory = new ConsortiumWebFactory();

        var started = factory.Services.GetServices<IHostedService>().Select(h => h.GetType()).ToList();

        var migrate = started.FindIndex(t => t.Name == "MigrateOnStartup" && t.Assembly == typeof(PracticeDbContext).Assembly);
        var seed = started.FindIndex(t => t.Assembly == typeof(DemoSeeder).Assembly);
        var schedule = started.IndexOf(typeof(SnapshotScheduler));
        Assert.True(migrate >= 0 && seed > migrate && schedule > seed, string.Join(", ", started.Select(t => t.Name)));
    }

    [Fact]
    public async Task The_seed_command_is_refused_in_production()
    {
        using var factory = new ProductionFactory(enableDemoData: false);
        _ = factory.Server;
        var error = new StringWriter();

        var exit = await OperatorCommandLine.RunAsync(factory.Services, ["seed", "--tenant", "brent"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("no synthetic data", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Synthetic_data_refuses_to_start_in_production()
    {
        using var factory = new ProductionFactory(enableDemoData: true);

        var error = Assert.Throws<InvalidOperationException>(() => factory.Server);

        Assert.Contains("cannot run in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_authority_starts_with_its_own_synthetic_demo_children_on_the_dev_practitioners_caseload_and_a_synthetic_history_behind_them()
    {
        using var factory = new SeedingFactory();
        var client = await factory.SignedIn("http://wakefield.localhost/caseload", "practitioner@wakefield");

        var caseload = await client.GetStringAsync(new Uri("http://wakefield.localhost/caseload"));

        var rows = System.Text.RegularExpressions.Regex.Count(caseload, "data-case=");
        Assert.True(rows > 0, caseload[caseload.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.InRange(rows, 1, 6);
        Assert.Equal(rows, System.Text.RegularExpressions.Regex.Count(caseload, ">Synthetic<"));
        var runner = factory.Services.GetRequiredService<ITenantScopeRunner>();
        var directory = factory.Services.GetRequiredService<ITenantDirectory>();
        foreach (var slug in new[] { "wakefield", "bristol" })
        {
            var tenant = (await directory.FindByIdentifierAsync(slug))!;
            var children = await runner.RunAsync(tenant, (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Children.ToListAsync(ct));
            Assert.Equal(6, children.Count(c => !c.Reference.StartsWith("C-H", StringComparison.Ordinal)));
            Assert.All(children, c => Assert.True(c.IsSynthetic));
            var history = await runner.RunAsync(tenant, (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Team == BulkSyntheticSeeder.HistoryTeam).ToListAsync(ct));
            var published = PublishedReferralVolumes.PerYear(tenant, await directory.GetAllAsync());
            var since = ReportingYears.StartOf(DateOnly.FromDateTime(DateTime.UtcNow)).AddYears(-1);
            Assert.InRange(history.Count, published * 0.01, published * 0.01 * 2.1);
            Assert.All(history, c => Assert.True(c.IsSynthetic && c.ReferralDate >= since && c.WorkerSubject != $"{slug}-practitioner"));
        }
    }

    [Fact]
    public async Task A_history_written_in_the_background_is_written_for_every_authority_and_then_shared()
    {
        using var factory = new BackgroundHistoryFactory();
        _ = factory.Server;
        var seeding = factory.Services.GetRequiredService<IStartupSeeding>();
        var directory = factory.Services.GetRequiredService<ITenantDirectory>();
        var runner = factory.Services.GetRequiredService<ITenantScopeRunner>();
        var consortium = await directory.GetAllAsync();

        await Task.WhenAll(consortium.Select(t => seeding.WhenDoneAsync(t, CancellationToken.None))).WaitAsync(TimeSpan.FromMinutes(3));

        foreach (var tenant in consortium)
        {
            var history = await runner.RunAsync(tenant, (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync(c => c.Team == BulkSyntheticSeeder.HistoryTeam, ct));
            Assert.InRange(history, PublishedReferralVolumes.PerYear(tenant, consortium) * 0.02 * 0.5, PublishedReferralVolumes.PerYear(tenant, consortium) * 0.02 * 1.1);
            Assert.Null(seeding.Progress(tenant));
        }

        var wakefield = consortium.Single(t => t.Identifier == "wakefield");
        var shared = false;
        for (var waited = 0; waited < 240 && !shared; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            shared = await runner.RunAsync(wakefield, (sp, ct) => sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AnyAsync(ct));
        }

        Assert.True(shared, "Wakefield's publish at start followed its history");
    }

    [Fact]
    public async Task An_authoritys_pages_show_how_far_its_own_background_history_has_got_and_no_other_authoritys()
    {
        using var factory = new ConsortiumWebFactory();
        var histories = factory.Services.GetRequiredService<DemoHistoryProgress>();
        var directory = factory.Services.GetRequiredService<ITenantDirectory>();
        var brent = (await directory.FindByIdentifierAsync("brent"))!;
        histories.Expect(brent);
        histories.Report(brent, new SeedProgress(1_250, 5_000));
        var client = factory.Client();

        var brentHome = await client.GetStringAsync(new Uri("http://brent.localhost/"));
        var bristolHome = await client.GetStringAsync(new Uri("http://bristol.localhost/"));
        histories.Done(brent);
        var brentDone = await client.GetStringAsync(new Uri("http://brent.localhost/"));

        Assert.Contains("1,250 of 5,000 synthetic children written (25%) for Brent", brentHome, StringComparison.Ordinal);
        Assert.DoesNotContain("startup-seeding", bristolHome, StringComparison.Ordinal);
        Assert.DoesNotContain("startup-seeding", brentDone, StringComparison.Ordinal);
    }
}
