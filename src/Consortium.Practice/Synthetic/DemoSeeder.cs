using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Synthetic;

/// <summary>
/// Seeds synthetic casework into an authority's database, allocated to the development provider's
/// practitioner of that authority (subject "{slug}-practitioner") so a newcomer who signs in sees a caseload.
/// </summary>
public sealed class DemoSeeder(ITenantScopeRunner scopes, TimeProvider clock)
{
    public const string DemoTeam = "Assessment team 1";

    /// <summary>Seeds <paramref name="count"/> children if the authority has none yet; returns how many were added.</summary>
    public async Task<int> SeedAsync(TenantInfo tenant, int count, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return await scopes.RunAsync(tenant, async (services, ct) =>
        {
            var db = services.GetRequiredService<PracticeDbContext>();
            if (await db.Children.AnyAsync(ct))
            {
                return 0;
            }

            var casework = services.GetRequiredService<CaseworkService>();
            var worker = new StaffMember($"{tenant.Identifier}-practitioner", "Priya Practitioner", DemoTeam, new HashSet<StaffRole> { StaffRole.Practitioner });
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var added = 0;
            foreach (var synthetic in SyntheticCaseload.Generate(StableSeed(tenant.Identifier), count, today))
            {
                var recorded = await casework.RecordReferralAsync(synthetic.Referral, worker, synthetic: true, ct);
                var record = recorded.Case ?? throw new InvalidOperationException("A synthetic referral was refused: " + string.Join("; ", recorded.Problems.Select(p => p.Message)));
                foreach (var move in synthetic.Moves)
                {
                    var moved = await casework.MoveAsync(record.Id, move, record.ConcurrencyToken, worker, ct);
                    record = moved.Case ?? throw new InvalidOperationException("A synthetic stage move was refused: " + string.Join("; ", moved.Problems.Select(p => p.Message)));
                }

                db.ChangeTracker.Clear();
                progress?.Report(++added);
            }

            return added;
        }, cancellationToken);
    }

    /// <summary>The same authority always gets the same demo children.</summary>
    public static int StableSeed(string slug) => slug.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
