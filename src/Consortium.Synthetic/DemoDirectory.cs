using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Synthetic;

/// <summary>
/// A plausible staff directory for an authority with none: its teams and synthetic staff, and the development provider's
/// users ("practitioner@{slug}" and the others) without a subject, so each is matched to their record at first sign-in.
/// </summary>
public sealed class DemoDirectory(ITenantScopeRunner scopes)
{
    public const string ChangedBy = "Synthetic demo data";

    private static readonly (string Name, string ServiceArea)[] Teams =
    [
        (DemoSeeder.DemoTeam, "Assessment"),
        ("Child protection team", "Child protection"),
        ("Children in need team", "Children in need"),
        ("Early help team", "Early help"),
        (BulkSyntheticSeeder.HistoryTeam, "Assessment"),
    ];

    /// <summary>(given, family, sign-in prefix, team, role, job title, registered social worker, FTE, agency); the first four are the development provider's users.</summary>
    private static readonly (string Given, string Family, string Prefix, int Team, string Role, string JobTitle, bool Registered, decimal Fte, bool Agency)[] People =
    [
        ("Mo", "Manager", "manager", 0, "TeamManager", "Team manager", true, 1m, false),
        ("Priya", "Practitioner", "practitioner", 0, "Practitioner", "Social worker", true, 1m, false),
        ("Quinn", "Assurance", "qa", -1, "QualityAssurance", "Quality assurance officer", true, 1m, false),
        ("Ada", "Administrator", "admin", -1, "TenantAdministrator", "Systems administrator", false, 1m, false),
        ("Hana", "Okoye", "hana.okoye", 0, "Practitioner", "Senior social worker", true, 0.8m, false),
        ("Tom", "Barker", "tom.barker", 0, "Practitioner", "Social worker", true, 1m, true),
        ("Grace", "Mensah", "grace.mensah", 1, "TeamManager", "Team manager", true, 1m, false),
        ("Daniel", "Price", "daniel.price", 1, "Practitioner", "Social worker", true, 1m, false),
        ("Sofia", "Rossi", "sofia.rossi", 1, "Practitioner", "Advanced practitioner", true, 0.6m, false),
        ("Amir", "Hussain", "amir.hussain", 2, "TeamManager", "Team manager", true, 1m, false),
        ("Ellie", "Ward", "ellie.ward", 2, "Practitioner", "Social worker", true, 1m, true),
        ("Ben", "Carter", "ben.carter", 3, "TeamManager", "Early help manager", false, 1m, false),
        ("Maya", "Patel", "maya.patel", 3, "Practitioner", "Family support worker", false, 0.5m, false),
    ];

    /// <summary>Seeds the directory if the authority has no staff yet; returns how many people were added.</summary>
    public Task<int> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return scopes.RunAsync(tenant, async (services, ct) =>
        {
            var db = services.GetRequiredService<Practice.Data.PracticeDbContext>();
            if (await db.StaffRecords.AnyAsync(ct))
            {
                return 0;
            }

            var teamAdmin = services.GetRequiredService<TeamAdministration>();
            var staffAdmin = services.GetRequiredService<StaffAdministration>();
            var teams = new List<Team>();
            foreach (var (name, area) in Teams)
            {
                teams.Add(Done(await teamAdmin.AddAsync(new TeamDetails(name, area, null), ChangedBy, ct)));
            }

            var managers = new Dictionary<int, StaffRecord>();
            var seed = DemoSeeder.StableSeed(tenant.Identifier);
            foreach (var (person, index) in People.Select((p, i) => (p, i)))
            {
                var manager = person.Team >= 0 && managers.TryGetValue(person.Team, out var m) ? m.Id : (Guid?)null;
                var record = Done(await staffAdmin.AddAsync(new StaffDetails
                {
                    GivenName = person.Given,
                    FamilyName = person.Family,
                    SignInName = index < 4 ? $"{person.Prefix}@{tenant.Identifier}" : $"{person.Prefix}@{tenant.Identifier}.example",
                    TeamId = person.Team >= 0 ? teams[person.Team].Id : null,
                    Role = person.Role,
                    JobTitle = person.JobTitle,
                    ManagerId = manager,
                    StartDate = new DateOnly(2015 + ((seed + index) & 0x7), 1 + (index % 12), 1),
                    RegistrationNumber = person.Registered ? $"SW{100000 + (((seed & 0x7FFF) * 31) + (index * 977)) % 900000}" : null,
                    Fte = person.Fte,
                    Employment = person.Agency ? "Agency" : "Employed",
                }, ChangedBy, ct));
                if (person.Role == "TeamManager" && person.Team >= 0)
                {
                    managers[person.Team] = record;
                }
            }

            // A team's manager is a member of staff, so teams are given theirs once the staff exist.
            foreach (var (team, manager) in managers.Select(m => (teams[m.Key], m.Value)))
            {
                Done(await teamAdmin.EditAsync(team.Id, new TeamDetails(team.Name, team.ServiceArea, manager.Id), team.Version, ChangedBy, ct));
            }

            return People.Length;
        }, cancellationToken);
    }

    private static T Done<T>(Outcome<T> outcome)
        where T : notnull =>
        outcome.IsDone ? outcome.Value : throw new InvalidOperationException($"A synthetic directory change was refused: {outcome.Failure}");
}
