using Consortium.Practice.Access;
using Consortium.Practice.Audits;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Staff;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Audits;

/// <summary>
/// An authority to audit: Team A (managed by Ann, with Wendy) and Team B (managed by Bob, with Will), a quality
/// assurance officer in no team, and open cases recorded straight into the database for each team.
/// </summary>
public sealed class AuditWorld
{
    private AuditWorld(PracticeTestHost host, TenantInfo tenant, string slug)
    {
        Host = host;
        Tenant = tenant;
        Slug = slug;
    }

    public PracticeTestHost Host { get; }
    public TenantInfo Tenant { get; }
    public string Slug { get; }
    public StaffRecord Ann { get; private set; } = null!;
    public StaffRecord Bob { get; private set; } = null!;
    public StaffRecord Quinn { get; private set; } = null!;
    public StaffRecord Wendy { get; private set; } = null!;

    public StaffMember AsAnn => Signed(Ann, StaffRole.TeamManager);
    public StaffMember AsBob => Signed(Bob, StaffRole.TeamManager);
    public StaffMember AsQuinn => Signed(Quinn, StaffRole.QualityAssurance);
    public StaffMember AsWendy => Signed(Wendy, StaffRole.Practitioner);

    public static async Task<AuditWorld> CreateAsync(PracticeTestHost host, string slug = "brent")
    {
        var world = new AuditWorld(host, await host.ProvisionedAsync(slug), slug);
        var teamA = await StaffExamples.AddTeamAsync(host, world.Tenant, "Team A");
        var teamB = await StaffExamples.AddTeamAsync(host, world.Tenant, "Team B");
        world.Ann = await world.PersonAsync("ann", "Ann", "Manager", "TeamManager", teamA.Id, null);
        world.Bob = await world.PersonAsync("bob", "Bob", "Manager", "TeamManager", teamB.Id, null);
        world.Quinn = await world.PersonAsync("qa", "Quinn", "Assurance", "QualityAssurance", null, null);
        world.Wendy = await world.PersonAsync("wendy", "Wendy", "Worker", "Practitioner", teamA.Id, world.Ann.Id);
        await world.PersonAsync("will", "Will", "Worker", "Practitioner", teamB.Id, world.Bob.Id);
        await host.As(world.Tenant, async sp =>
        {
            var admin = sp.GetRequiredService<TeamAdministration>();
            foreach (var (team, manager) in new[] { (teamA, world.Ann), (teamB, world.Bob) })
            {
                var outcome = await admin.EditAsync(team.Id, new TeamDetails(team.Name, team.ServiceArea, manager.Id), team.Version, "Ada Administrator");
                Assert.True(outcome.IsDone, outcome.Failure?.ToString());
            }

            return 0;
        });
        return world;
    }

    /// <summary>Open cases recorded straight into the database: <paramref name="count"/> for the team at the stage, allocated to its worker.</summary>
    public Task<List<CaseRecord>> CasesAsync(string team, int count, CaseStage stage = CaseStage.Assessment, bool restricted = false) =>
        Host.As(Tenant, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var worker = team == "Team A" ? $"wendy@{Slug}.gov.uk" : $"will@{Slug}.gov.uk";
            var cases = new List<CaseRecord>();
            for (var i = 0; i < count; i++)
            {
                var child = new Child { Reference = $"C{Guid.NewGuid():N}"[..12], GivenName = "Child", FamilyName = $"{team} {i}", DateOfBirth = new DateOnly(2018, 1, 1), IsRestricted = restricted, PermittedStaff = restricted ? [worker] : [] };
                var record = new CaseRecord { ChildId = child.Id, Reference = $"K{Guid.NewGuid():N}"[..12], Stage = stage, ReferralDate = new DateOnly(2026, 1, 5), Team = team, WorkerSubject = worker, WorkerName = team == "Team A" ? "Wendy Worker" : "Will Worker" };
                db.Children.Add(child);
                db.Cases.Add(record);
                cases.Add(record);
            }

            await db.SaveChangesAsync();
            return cases;
        });

    /// <summary>Publishes the draft framework after <paramref name="change"/>, giving its version.</summary>
    public Task<int> PublishAsync(Action<AuditFramework> change) =>
        Host.As(Tenant, async sp =>
        {
            var frameworks = sp.GetRequiredService<AuditFrameworks>();
            var draft = await frameworks.DraftAsync();
            change(draft.Settings.Framework);
            var saved = await frameworks.SaveDraftAsync(draft.Settings.Framework, draft.Version, "Ada Administrator");
            Assert.True(saved.IsDone, saved.Failure?.ToString());
            var published = await frameworks.PublishAsync(saved.Value, "Ada Administrator");
            Assert.True(published.IsDone, published.Failure?.ToString());
            return published.Value;
        });

    public Task<T> As<T>(Func<IServiceProvider, Task<T>> work) => Host.As(Tenant, work);

    private async Task<StaffRecord> PersonAsync(string prefix, string given, string family, string role, Guid? team, Guid? manager) =>
        await StaffExamples.AddAsync(Host, Tenant, StaffExamples.Details($"{prefix}@{Slug}.gov.uk", given, family) with { Role = role, TeamId = team, ManagerId = manager });

    private static StaffMember Signed(StaffRecord record, StaffRole role) =>
        new($"{record.SignInName}-subject", record.FullName, "", new HashSet<StaffRole> { role }, record.SignInName);
}
