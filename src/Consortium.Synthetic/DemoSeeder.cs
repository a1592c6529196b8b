using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>
/// Seeds synthetic casework into an authority's database: showcase children recorded through casework itself and
/// allocated to the development provider's practitioner of that authority (subject "{slug}-practitioner") so a
/// newcomer who signs in sees a caseload; and, when configured, a background history over the current and earlier
/// reporting years at a fraction of the authority's published volume (written by <see cref="BulkSyntheticSeeder"/>).
/// </summary>
public sealed class DemoSeeder(ITenantScopeRunner scopes, BulkSyntheticSeeder bulk, DemoDirectory directory, CensusErrorPlanter planter, TimeProvider clock)
{
    public const string DemoTeam = "Assessment team 1";

    /// <summary>The staff directory (if the authority has no staff yet), the showcase (if it has no children yet) and the background history (if it has none yet).</summary>
    public async Task<DemoSeedResult> SeedDemoAsync(TenantInfo tenant, IReadOnlyList<TenantInfo> consortium, DemoDataOptions options, IProgress<SeedProgress>? historyProgress = null, CancellationToken cancellationToken = default)
    {
        var showcase = await SeedShowcaseAsync(tenant, options, cancellationToken);
        var history = await SeedHistoryAsync(tenant, consortium, options, historyProgress, cancellationToken);
        return new DemoSeedResult(showcase, history);
    }

    /// <summary>
    /// The staff directory (if the authority has no staff yet), the showcase children (if it has no children yet) and,
    /// when <see cref="DemoDataOptions.PlantCensusErrors"/>, the planted census errors (if it has none yet).
    /// </summary>
    public async Task<int> SeedShowcaseAsync(TenantInfo tenant, DemoDataOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(options);
        await directory.SeedAsync(tenant, cancellationToken);
        var showcase = await SeedAsync(tenant, options.ChildrenPerAuthority, cancellationToken: cancellationToken);
        var planted = options.PlantCensusErrors ? await planter.PlantAsync(tenant, cancellationToken) : [];
        return showcase + planted.Count;
    }

    /// <summary>
    /// The background history (if the authority has none yet): <see cref="DemoDataOptions.HistoryYears"/> reporting years
    /// to today at the authority's published referrals a year (times <see cref="DemoDataOptions.VolumeFraction"/>),
    /// re-referral percentage and plans starting per hundred referrals.
    /// </summary>
    public async Task<int> SeedHistoryAsync(TenantInfo tenant, IReadOnlyList<TenantInfo> consortium, DemoDataOptions options, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(options);
        if (!HasHistory(options) || await HasHistoryAsync(tenant, cancellationToken))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = ReportingYears.StartOf(today).AddYears(1 - options.HistoryYears);
        var perYear = Math.Max(1, (int)Math.Round(PublishedReferralVolumes.PerYear(tenant, consortium) * options.VolumeFraction));
        var shape = new BulkSeedShape(today.DayNumber - from.DayNumber + 1, Background: true, Rates: PublishedReferralVolumes.Rates(tenant, consortium));
        return await bulk.SeedAsync(tenant, perYear, options.HistoryYears, StableSeed(tenant.Identifier) ^ 0x5EED, progress, shape, cancellationToken);
    }

    /// <summary>Whether the options ask for a history at all.</summary>
    public static bool HasHistory(DemoDataOptions options) => options is { HistoryYears: > 0, VolumeFraction: > 0 };

    /// <summary>Whether the authority has a background history already (written, or begun, by an earlier start).</summary>
    public Task<bool> HasHistoryAsync(TenantInfo tenant, CancellationToken cancellationToken) =>
        scopes.RunAsync(tenant, (sp, ct) => sp.GetRequiredService<PracticeDbContext>().Cases.AnyAsync(c => c.Team == BulkSyntheticSeeder.HistoryTeam, ct), cancellationToken);

    /// <summary>Seeds up to <paramref name="count"/> showcase children, all on open cases, if the authority has none yet; returns how many were added.</summary>
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
            var plans = services.GetRequiredService<ProtectionPlanService>();
            var timescales = services.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales;
            var worker = new StaffMember($"{tenant.Identifier}-practitioner", "Priya Practitioner", DemoTeam, new HashSet<StaffRole> { StaffRole.Practitioner });
            // Steps that need authorisation are made by the team's manager, as authorising them.
            var manager = new StaffMember($"{tenant.Identifier}-manager", "Mo Manager", DemoTeam, new HashSet<StaffRole> { StaffRole.TeamManager });
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var added = 0;
            async Task<Guid> Token(Guid caseId) => await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.ConcurrencyToken).FirstAsync(ct);
            // The showcase is what a newcomer finds on the caseload: open cases only (the history has closed ones).
            foreach (var synthetic in SyntheticCaseload.Generate(StableSeed(tenant.Identifier), count * 20, today, timescales: timescales)
                .Where(c => c.Closure is null && (c.Moves.Count == 0 || c.Moves[^1].To != CaseStage.Closed) && (c.Meetings.Count == 0 || c.Meetings[^1].Review?.Outcome != ReviewOutcome.EndPlan)))
            {
                if (added == count)
                {
                    break;
                }

                if (added + synthetic.Children > count)
                {
                    continue;
                }

                var record = Done(await casework.RecordReferralAsync(synthetic.Referral, worker, synthetic: true, ct));
                var group = new List<Guid> { record.Id };
                foreach (var sibling in synthetic.Siblings)
                {
                    group.Add(Done(await casework.AddSiblingAsync(record.Id, sibling, await Token(record.Id), worker, cancellationToken: ct)).Id);
                }

                foreach (var move in synthetic.Moves)
                {
                    var current = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == record.Id, ct);
                    var mover = StageRules.NeedsAuthorisation(current, move.To) ? manager : worker;
                    Done(await casework.MoveAsync(record.Id, move, current.ConcurrencyToken, mover, includeSiblings: true, cancellationToken: ct));
                }

                foreach (var meeting in synthetic.Meetings)
                {
                    foreach (var caseId in group)
                    {
                        Done(meeting.Review is { } review
                            ? await plans.RecordReviewAsync(caseId, review, await Token(caseId), worker, cancellationToken: ct)
                            : await plans.RecordCoreGroupAsync(caseId, meeting.HeldOn, await Token(caseId), worker, cancellationToken: ct));
                    }
                }

                db.ChangeTracker.Clear();
                added += synthetic.Children;
                progress?.Report(added);
            }

            return added;
        }, cancellationToken);
    }

    /// <summary>The same authority always gets the same demo children.</summary>
    public static int StableSeed(string slug) => slug.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static CaseRecord Done(Outcome<CaseRecord> outcome) =>
        outcome.IsDone ? outcome.Value : throw new InvalidOperationException($"A synthetic change was refused: {outcome.Failure}");
}
