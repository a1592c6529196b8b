using Consortium.Practice.Calendar;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Casework;

/// <summary>Open cases by allocated worker or team, and search by name or reference, within the authority.</summary>
public sealed class CaseloadService(PracticeDbContext db, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>The person's open cases: allocated to their subject, or by their sign-in name to someone who had not signed in yet.</summary>
    public Task<IReadOnlyList<CaseloadRow>> MineAsync(StaffMember who, int page = 0, CancellationToken cancellationToken = default) =>
        Rows(Mine(who), who, page, cancellationToken);

    /// <summary>How many open cases the person holds, over every page.</summary>
    public Task<int> CountMineAsync(StaffMember who, CancellationToken cancellationToken = default) => Mine(who).CountAsync(cancellationToken);

    private IQueryable<CaseRecord> Mine(StaffMember who)
    {
        var userName = who.UserName.ToLowerInvariant();
        return db.Cases.Where(c => (c.WorkerSubject == who.Subject || (userName != "" && c.WorkerSubject == userName)) && c.Stage != CaseStage.Closed);
    }

    public Task<IReadOnlyList<CaseloadRow>> TeamAsync(StaffMember who, int page = 0, CancellationToken cancellationToken = default) =>
        Rows(db.Cases.Where(c => c.Team == who.Team && c.Stage != CaseStage.Closed), who, page, cancellationToken);

    /// <summary>
    /// The manager's team's open cases narrowed by stage, worker and overdue, in the order asked for, a page at a time;
    /// with the team's open and overdue counts overall and by worker. Overdue is worked out per case from the policy's
    /// timescales, so the team's open cases are read whole (a team holds hundreds, not tens of thousands).
    /// </summary>
    public async Task<TeamCaseload> TeamAsync(StaffMember who, TeamCaseloadQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(query);
        var all = await Rows(db.Cases.Where(c => c.Team == who.Team && c.Stage != CaseStage.Closed), who, 0, cancellationToken, everyPage: true);
        var workers = all.GroupBy(r => r.WorkerName)
            .Select(g => new WorkerCaseload(g.Key, g.Count(), g.Count(r => r.Overdue)))
            .OrderBy(w => w.Worker, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var matching = all
            .Where(r => query.Stage is null || r.Stage == query.Stage)
            .Where(r => string.IsNullOrEmpty(query.Worker) || string.Equals(r.WorkerName, query.Worker, StringComparison.Ordinal))
            .Where(r => !query.OverdueOnly || r.Overdue);
        var ordered = query.Sort switch
        {
            TeamCaseloadSort.Referral => matching.OrderBy(r => r.ReferredOn),
            TeamCaseloadSort.Worker => matching.OrderBy(r => r.WorkerName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.NextDue?.Due ?? DateOnly.MaxValue),
            TeamCaseloadSort.Stage => matching.OrderBy(r => r.Stage).ThenBy(r => r.NextDue?.Due ?? DateOnly.MaxValue),
            _ => matching.OrderBy(r => r.NextDue?.Due ?? DateOnly.MaxValue),
        };
        var rows = ordered.ThenBy(r => r.CaseReference, StringComparer.Ordinal).ToList();
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 0, pages - 1);
        return new TeamCaseload([.. rows.Skip(page * PageSize).Take(PageSize)], rows, all.Count, all.Count(r => r.Overdue), workers, page, pages);
    }

    /// <summary>The other cases of a case's sibling group, open or closed (empty for a child referred alone).</summary>
    public async Task<IReadOnlyList<CaseloadRow>> SiblingGroupAsync(CaseRecord record, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.SiblingGroupId is { } group
            ? await Rows(db.Cases.Where(c => c.SiblingGroupId == group && c.Id != record.Id), who, 0, cancellationToken)
            : [];
    }

    /// <summary>Children whose name contains every word of the query (restricted ones only for the staff named on them), or whose child or case reference is the query.</summary>
    public async Task<IReadOnlyList<CaseloadRow>> SearchAsync(string query, StaffMember who, CancellationToken cancellationToken = default)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5).ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        var reference = words[0].ToUpperInvariant();
        var children = db.Children.AsQueryable();
        var byReference = words.Length == 1 && (reference.StartsWith("C-", StringComparison.Ordinal) || reference.StartsWith("R-", StringComparison.Ordinal));
        if (byReference)
        {
            children = children.Where(c => c.Reference == reference || db.Cases.Any(k => k.ChildId == c.Id && k.Reference == reference));
        }
        else
        {
            foreach (var word in words)
            {
                var pattern = $"%{word.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
                children = children.Where(c => EF.Functions.Like(c.GivenName, pattern) || EF.Functions.Like(c.FamilyName, pattern));
            }
        }

        var ids = await children.OrderBy(c => c.FamilyName).Select(c => c.Id).Take(50).ToListAsync(cancellationToken);
        var rows = await Rows(db.Cases.Where(c => ids.Contains(c.ChildId)), who, 0, cancellationToken);

        // A restricted child found by name would tell someone not named on it that a child of that name exists;
        // they may learn that a record exists only from its reference.
        return byReference ? rows : [.. rows.Where(r => r.ChildName is not null)];
    }

    private async Task<IReadOnlyList<CaseloadRow>> Rows(IQueryable<CaseRecord> cases, StaffMember who, int page, CancellationToken cancellationToken, bool everyPage = false)
    {
        // Siblings were referred on the same day: ordering by their group next keeps them together.
        var ordered = cases.AsNoTracking().OrderBy(c => c.ReferralDate).ThenBy(c => c.SiblingGroupId ?? c.Id).ThenBy(c => c.Id);
        var rows = await (everyPage ? ordered : ordered.Skip(page * PageSize).Take(PageSize))
            .Join(db.Children.AsNoTracking(), c => c.ChildId, k => k.Id, (c, k) => new { Case = c, Child = k })
            .ToListAsync(cancellationToken);
        await LoadPlanMeetingsAsync([.. rows.Select(r => r.Case)], cancellationToken);
        var groups = rows.Where(r => r.Case.SiblingGroupId is not null).Select(r => r.Case.SiblingGroupId!.Value).Distinct().ToList();
        var openInGroup = groups.Count == 0 ? [] : await db.Cases.AsNoTracking()
            .Where(c => c.SiblingGroupId != null && groups.Contains(c.SiblingGroupId.Value) && c.Stage != CaseStage.Closed)
            .GroupBy(c => c.SiblingGroupId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. rows.Select(r =>
        {
            var due = dueDates.For(r.Case, policy.Value).Where(d => d.Done is null).OrderBy(d => d.Due).FirstOrDefault();
            var visible = r.Child.MayBeOpenedBy(who);
            var group = r.Case.SiblingGroupId;
            var openSiblings = group is { } g ? openInGroup.GetValueOrDefault(g) - (r.Case.IsOpen ? 1 : 0) : 0;
            return new CaseloadRow(r.Case.Id, r.Case.Reference, r.Child.Id, r.Child.Reference, visible ? r.Child.FullName : null, r.Case.Stage, r.Case.WorkerName, due, due?.IsOverdue(today) == true, r.Case.IsSynthetic, group, openSiblings, r.Case.ReferralDate);
        })];
    }

    /// <summary>The review conferences and core groups of the cases on a plan, which their due dates need.</summary>
    private async Task LoadPlanMeetingsAsync(IReadOnlyList<CaseRecord> cases, CancellationToken cancellationToken)
    {
        var onPlan = cases.Where(c => c.ProtectionPlanStart is not null).ToDictionary(c => c.Id);
        if (onPlan.Count == 0)
        {
            return;
        }

        var ids = onPlan.Keys.ToList();
        foreach (var review in await db.ReviewConferences.AsNoTracking().Where(r => ids.Contains(r.CaseId)).ToListAsync(cancellationToken))
        {
            onPlan[review.CaseId].Reviews.Add(review);
        }

        foreach (var meeting in await db.CoreGroupMeetings.AsNoTracking().Where(g => ids.Contains(g.CaseId)).ToListAsync(cancellationToken))
        {
            onPlan[meeting.CaseId].CoreGroups.Add(meeting);
        }

        foreach (var visit in await db.StatutoryVisits.AsNoTracking().Where(v => ids.Contains(v.CaseId)).ToListAsync(cancellationToken))
        {
            onPlan[visit.CaseId].Visits.Add(visit);
        }
    }
}
