using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Maps;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Synthetic;

/// <summary>One step of a bulk seed: how many referrals are written out of how many.</summary>
public sealed record SeedProgress(int Written, int Total);

/// <summary>
/// Seeds full synthetic volumes (a Norfolk-sized authority: about 6,000 referrals a year over ten years) in
/// batches, applying the same stage rules as casework. Open cases are shared among synthetic workers about
/// 25 each; the development practitioner ("{slug}-practitioner") is the first of them. Maps with three
/// people's scores are written for a share of cases, so case pages look as they will in use.
/// </summary>
public sealed class BulkSyntheticSeeder(ITenantScopeRunner scopes, TimeProvider clock)
{
    private const int Batch = 500;
    private const int CasesPerWorker = 25;

    public async Task<int> SeedAsync(TenantInfo tenant, int referralsPerYear, int years, int seed, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var total = referralsPerYear * years;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow();
        var cases = SyntheticCaseload.Generate(seed, total, today, years * 365).GetEnumerator();
        var random = new Random(seed);
        var written = 0;
        var openSoFar = 0;
        while (written < total)
        {
            await scopes.RunAsync(tenant, async (services, ct) =>
            {
                var db = services.GetRequiredService<PracticeDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = 0; i < Batch && cases.MoveNext(); i++, written++)
                {
                    var synthetic = cases.Current;
                    var referral = synthetic.Referral;
                    var child = new Child
                    {
                        Reference = $"C-{written:X8}",
                        GivenName = referral.GivenName!,
                        FamilyName = referral.FamilyName!,
                        DateOfBirth = referral.DateOfBirth,
                        SexCode = referral.SexCode!,
                        EthnicityCode = referral.EthnicityCode!,
                        IsSynthetic = true,
                        CreatedAt = now,
                    };
                    var record = new CaseRecord
                    {
                        ChildId = child.Id,
                        Reference = $"R-{written:X8}",
                        ReferralDate = referral.ReferralDate!.Value,
                        ReferralSource = referral.ReferralSource!,
                        PrimaryNeed = referral.PrimaryNeed!,
                        Team = DemoSeeder.DemoTeam,
                        IsSynthetic = true,
                        UpdatedAt = now,
                    };
                    foreach (var move in synthetic.Moves)
                    {
                        StageRules.Apply(record, move, "Synthetic worker", now);
                    }

                    var worker = record.IsOpen ? openSoFar++ / CasesPerWorker : random.Next(Math.Max(1, openSoFar / CasesPerWorker));
                    (record.WorkerSubject, record.WorkerName) = worker == 0
                        ? ($"{tenant.Identifier}-practitioner", "Priya Practitioner")
                        : ($"{tenant.Identifier}-synthetic-worker-{worker}", $"Synthetic worker {worker}");
                    db.Children.Add(child);
                    db.Cases.Add(record);
                    if (random.Next(3) == 0)
                    {
                        AddMap(db, record, random);
                    }
                }

                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            progress?.Report(new SeedProgress(written, total));
        }

        return written;
    }

    private static void AddMap(PracticeDbContext db, CaseRecord record, Random random)
    {
        var map = new SafetyMap
        {
            CaseId = record.Id,
            ChildId = record.ChildId,
            Version = 1,
            MapDate = record.ReferralDate.AddDays(random.Next(1, 20)),
            Kind = MapKind.SignsOfSafety,
            HarmStatement = "Synthetic harm statement.",
            ExistingStrengths = "Synthetic strengths.",
            Pairs = [new DangerGoalPair { Statement = "Synthetic danger statement.", Goal = "Synthetic safety goal." }],
            UpdatedBy = record.WorkerName,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        db.SafetyMaps.Add(map);
        foreach (var role in new[] { "Mother", "Child", "Social worker" })
        {
            db.SafetyRatings.Add(new SafetyRating
            {
                MapId = map.Id,
                PairId = map.Pairs[0].Id,
                PersonName = $"Synthetic {role.ToLowerInvariant()}",
                PersonRole = role,
                Score = random.Next(0, 11),
                Why = "Synthetic reason.",
                RatedOn = map.MapDate,
                RecordedBy = record.WorkerName,
                RecordedAt = DateTimeOffset.UnixEpoch,
            });
        }
    }
}
