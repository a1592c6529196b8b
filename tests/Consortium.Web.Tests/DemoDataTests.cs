using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests;

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
    public void The_generator_is_deterministic_by_seed_and_every_path_obeys_the_stage_rules()
    {
        var today = new DateOnly(2026, 11, 27);
        var first = SyntheticCaseload.Generate(DemoSeeder.StableSeed("brent"), 200, today).ToList();
        var again = SyntheticCaseload.Generate(DemoSeeder.StableSeed("brent"), 200, today).ToList();

        Assert.Equal(first.Select(c => (c.Referral.GivenName, c.Referral.DateOfBirth, c.Moves.Count)), again.Select(c => (c.Referral.GivenName, c.Referral.DateOfBirth, c.Moves.Count)));
        Assert.All(first, synthetic =>
        {
            Assert.Empty(synthetic.Referral.Validate(today));
            var record = new CaseRecord { ReferralDate = synthetic.Referral.ReferralDate!.Value };
            foreach (var move in synthetic.Moves)
            {
                Assert.Empty(StageRules.Check(record, move, today));
                StageRules.Apply(record, move, "generator", DateTimeOffset.UnixEpoch);
            }
        });
        Assert.Contains(first, c => c.Moves.Any(m => m.To == CaseStage.ChildProtectionPlan));
        Assert.Contains(first, c => c.Moves.Any(m => m.To == CaseStage.Closed));
    }
}
