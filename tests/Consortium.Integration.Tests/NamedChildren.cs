using Consortium.Practice.Census;
using Consortium.Practice;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Integration.Tests;

/// <summary>Children with names no generator would produce, recorded in an authority's database before its process starts.</summary>
internal static class NamedChildren
{
    public static readonly string[] Names = ["Zephyrine Quillfeather", "Barnaby Thistlewood", "Ottoline Marchbanks", "Peregrine Ashdown-Vole"];

    /// <summary>Who referred each of them, as unlikely as their names.</summary>
    public static readonly string[] Referrers = ["Wilhelmina Faircloth", "Cornelius Brackenbury", "Philippa Wintergreen", "Augustin Hollowell"];

    public static async Task RecordAsync(string dataDirectory, string slug)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = dataDirectory }).Build();
        await using var services = new ServiceCollection().AddLogging().AddTenancy(configuration).AddPractice(configuration).BuildServiceProvider();
        var tenant = (await services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        await services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(tenant);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            for (var i = 0; i < Names.Length; i++)
            {
                var name = Names[i].Split(' ');
                var child = new Child { Reference = $"C-NAMED{i}", GivenName = name[0], FamilyName = name[1], DateOfBirth = today.AddYears(-6 - i), Address = $"{i + 1} {name[1]} Lane" };
                var record = new CaseRecord
                {
                    ChildId = child.Id, Reference = $"R-NAMED{i}", Stage = CaseStage.Referral, ReferralDate = today.AddDays(-40 - i),
                    ReferralSource = ReferralSource.List.FromStored("1A"), PrimaryNeed = PrimaryNeed.AbuseOrNeglect, WorkerSubject = $"{slug}-practitioner", WorkerName = "Priya Practitioner", Team = "Assessment team 1",
                };
                StageRules.Apply(record, new StageTransition(CaseStage.StrategyDiscussion, today.AddDays(-30)), "test", DateTimeOffset.UtcNow);
                // The referrer is personal data too, and must stay where it was recorded.
                record.Referral = new ReferralDetails { Reason = "Named in a referral", ReferrerName = Referrers[i], ReferrerPhone = "020 7946 0000" };
                db.Children.Add(child);
                db.Cases.Add(record);
            }

            await db.SaveChangesAsync(ct);
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// The names are in the authority's database where they were recorded, and nowhere else: not in anything the hub
    /// holds (its tables or its files' bytes), not in a message any authority sent, not in any line a process logged.
    /// </summary>
    public static void AssertNamedOnlyWhereRecorded(Deployment deployment, string slug, string logs)
    {
        var recorded = Sqlite.EverythingIn(deployment.TenantDatabase(slug));
        var atHub = Sqlite.EverythingIn(deployment.HubDatabase);
        var messages = deployment.TenantDatabases.SelectMany(db => Sqlite.Strings(db, "SELECT Body FROM OutboxMessages")).ToList();
        foreach (var part in Names.Concat(Referrers).SelectMany(name => name.Split(' ')))
        {
            Assert.Contains(recorded, value => value.Contains(part, StringComparison.Ordinal));
            Assert.DoesNotContain(atHub, value => value.Contains(part, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(messages, body => body.Contains(part, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(part, logs, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var file in Directory.GetFiles(deployment.HubData, "hub.db*"))
        {
            var bytes = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain("Quillfeather", bytes, StringComparison.OrdinalIgnoreCase);
        }
    }
}
