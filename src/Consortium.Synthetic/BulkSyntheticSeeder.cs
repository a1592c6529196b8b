using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>
/// Seeds full synthetic volumes (a Norfolk-sized authority: about 6,000 referrals a year over ten years) in
/// batches, applying the same stage and plan rules as casework. Open cases are shared among synthetic workers about
/// 25 each; the development practitioner ("{slug}-practitioner") is the first of them unless the seed is a background
/// history. Siblings share a sibling group; plans have their core groups and review conferences; maps reviewed over time with the
/// family's and professionals' ratings, safety networks, plan revisions and direct work are written as they would be in use,
/// and about one episode in ten has a completed case-file audit (<see cref="SyntheticAudits"/>); family goals and the child's view come from <see cref="SyntheticVoice"/>.
/// </summary>
public sealed class BulkSyntheticSeeder(ITenantScopeRunner scopes, TimeProvider clock)
{
    public const string HistoryTeam = "Synthetic history team";
    private const int Batch = 500;
    private const int CasesPerWorker = 25;

    public async Task<int> SeedAsync(TenantInfo tenant, int referralsPerYear, int years, int seed, IProgress<SeedProgress>? progress = null, BulkSeedShape? shape = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        shape ??= new BulkSeedShape();
        var historyDays = shape.HistoryDays ?? years * 365;
        var total = shape.HistoryDays is { } days ? (int)Math.Round(referralsPerYear * days / 365.0) : referralsPerYear * years;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow();
        var timescales = await scopes.RunAsync(tenant, (services, _) => Task.FromResult(services.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales), cancellationToken);
        using var cases = SyntheticCaseload.Generate(seed, total, today, historyDays, timescales, shape.Rates).GetEnumerator();
        var random = new Random(seed);
        var writer = new Writer(tenant, shape.Background, now, random, shape.Rates, new SyntheticAudits(tenant.Identifier, seed, today), new SyntheticVoice(tenant.Identifier, seed, today));
        while (writer.Written < total)
        {
            await scopes.RunAsync(tenant, async (services, ct) =>
            {
                var db = services.GetRequiredService<PracticeDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var start = writer.Written;
                while (writer.Written - start < Batch && cases.MoveNext())
                {
                    writer.Write(db, cases.Current);
                }

                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            progress?.Report(new SeedProgress(writer.Written, total));
        }

        await scopes.RunAsync(tenant, (services, ct) => PlannerStatistics.GatherAsync(services.GetRequiredService<PracticeDbContext>().Database, ct), cancellationToken);
        return writer.Written;
    }

    /// <summary>Turns synthetic referrals into records, numbering children and cases and sharing open cases among workers.</summary>
    private sealed class Writer(TenantInfo tenant, bool background, DateTimeOffset now, Random random, PublishedRates? rates, SyntheticAudits audits, SyntheticVoice voice)
    {
        /// <summary>
        /// Only a referral of one child can be of a child referred before (a sibling group is of new children), and
        /// half the children referred are referred alone (<see cref="SyntheticCaseload"/>'s groups: 7 in 10 of one, 2
        /// of two, 1 of three), so a lone child is referred again at twice the rate asked for.
        /// </summary>
        private readonly double _returning = rates is null ? 1.0 / 6 : Math.Min(0.95, 2 * rates.ReReferralPercent / 100);
        private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);
        private readonly List<(Guid ChildId, DateOnly ReferredOn, DateOnly ClosedOn)> _closed = [];
        private readonly Dictionary<Guid, List<(DateOnly ReferredOn, DateOnly ClosedOn)>> _episodes = [];
        private readonly SyntheticUpns _upns = new(tenant.OldLaCode, DateOnly.FromDateTime(now.UtcDateTime));
        private int _openSoFar;

        public int Written { get; private set; }

        public void Write(PracticeDbContext db, SyntheticCase synthetic)
        {
            var episodes = new List<(Child Child, CaseRecord Case)>();
            foreach (var referral in synthetic.Siblings.Prepend(synthetic.Referral))
            {
                var (child, record) = Episode(referral);
                record.SiblingGroupId = synthetic.Siblings.Count == 0 ? null : episodes.FirstOrDefault().Case?.Id ?? record.Id;
                foreach (var move in synthetic.Moves)
                {
                    StageRules.Apply(record, move, "Synthetic worker", now);
                }

                foreach (var meeting in synthetic.Meetings)
                {
                    _ = meeting.Review is { } review
                        ? (object)ProtectionPlanRules.ApplyReview(record, review, "Synthetic worker", now)
                        : ProtectionPlanRules.ApplyCoreGroup(record, meeting.HeldOn, "Synthetic worker", now);
                }

                SyntheticStepDown.StartNeedPlanAfterReview(record);

                if (synthetic.Closure is { } closure)
                {
                    StageRules.Apply(record, closure, "Synthetic worker", now);
                }

                var returning = synthetic.Siblings.Count == 0 ? ReturningChild(record) : null;
                if (returning is { } earlier)
                {
                    record.ChildId = earlier;
                }

                Episodes(record.ChildId).Add((record.ReferralDate, record.ClosedOn ?? DateOnly.MaxValue));
                Allocate(record, episodes.Count == 0 ? null : episodes[0].Case);
                db.Cases.Add(record);
                audits.Add(db, record);
                if (record.ClosedOn is { } closedOn)
                {
                    _closed.Add((record.ChildId, record.ReferralDate, closedOn));
                }

                if (returning is not null)
                {
                    SyntheticPractice.Add(db, record, _today, random);
                    voice.Add(db, record);
                    continue;
                }

                episodes.Add((child, record));
                _upns.Give(child);
                db.Children.Add(child);
                SyntheticPractice.Add(db, record, _today, random);
                voice.Add(db, record);
            }

            foreach (var (child, _) in episodes)
            {
                foreach (var (sibling, _) in episodes.Where(e => e.Child != child))
                {
                    db.FamilyMembers.Add(new FamilyMember { ChildId = child.Id, Name = sibling.FullName, Relationship = "Sibling", DateOfBirth = sibling.DateOfBirth, SiblingChildId = sibling.Id });
                }
            }
        }

        private (Child Child, CaseRecord Case) Episode(NewReferral referral)
        {
            var number = background ? $"H{Written:X7}" : $"{Written:X8}";
            Written++;
            var child = Child.FromReferral(referral, $"C-{number}", synthetic: true, now);
            var record = CaseRecord.Open(child, referral, $"R-{number}", new Allocation("", "", background ? HistoryTeam : DemoSeeder.DemoTeam), now);
            return (child, record);
        }

        /// <summary>
        /// Without published rates, about one lone child's referral in six is of a child referred before whose
        /// earlier episode has closed (any time before). With them, the authority's published re-referral rate: a
        /// child whose earlier episode was referred in the twelve months before and has closed. Either way the new
        /// episode runs clear of every other episode of the child's (histories are written in no order of date), so a
        /// child never has two episodes open at once (census rules 8820, 8815, 8816). The rest are new children.
        /// </summary>
        private Guid? ReturningChild(CaseRecord record)
        {
            var referred = record.ReferralDate;
            var closes = record.ClosedOn ?? DateOnly.MaxValue;
            if (random.NextDouble() >= _returning)
            {
                return null;
            }

            var from = Math.Max(0, _closed.Count - 2000);
            var attempts = rates is null ? 5 : 40;
            for (var attempt = 0; attempt < attempts && _closed.Count > 0; attempt++)
            {
                var candidate = _closed[random.Next(from, _closed.Count)];
                if (candidate.ClosedOn < referred && (rates is null || candidate.ReferredOn >= referred.AddDays(-365))
                    && _episodes[candidate.ChildId].All(e => e.ClosedOn < referred || closes < e.ReferredOn))
                {
                    return candidate.ChildId;
                }
            }

            return null;
        }

        /// <summary>The days each child's episodes ran (to <see cref="DateOnly.MaxValue"/> while open).</summary>
        private List<(DateOnly ReferredOn, DateOnly ClosedOn)> Episodes(Guid childId) =>
            _episodes.TryGetValue(childId, out var spans) ? spans : _episodes[childId] = [];

        /// <summary>Siblings go to the same worker as the first of them; otherwise open cases fill workers 25 at a time.</summary>
        private void Allocate(CaseRecord record, CaseRecord? first)
        {
            if (first is not null)
            {
                (record.WorkerSubject, record.WorkerName) = (first.WorkerSubject, first.WorkerName);
                return;
            }

            var worker = record.IsOpen ? _openSoFar++ / CasesPerWorker : random.Next(Math.Max(1, _openSoFar / CasesPerWorker));
            worker += background ? 1 : 0;
            (record.WorkerSubject, record.WorkerName) = worker == 0
                ? ($"{tenant.Identifier}-practitioner", "Priya Practitioner")
                : ($"{tenant.Identifier}-synthetic-worker-{worker}", $"Synthetic worker {worker}");
        }
    }
}
