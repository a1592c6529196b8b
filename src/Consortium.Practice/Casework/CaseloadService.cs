using Consortium.Practice.Calendar;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Casework;

/// <summary>One line of a caseload: the case, its child (or that the child is restricted), and what is due.</summary>
public sealed record CaseloadRow(Guid CaseId, string CaseReference, Guid ChildId, string ChildReference, string? ChildName, CaseStage Stage, string WorkerName, DueItem? NextDue, bool Overdue, bool IsSynthetic);

/// <summary>Open cases by allocated worker or team, and search by name or reference, within the authority.</summary>
public sealed class CaseloadService(PracticeDbContext db, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, TimeProvider clock)
{
    public const int PageSize = 25;

    public Task<IReadOnlyList<CaseloadRow>> MineAsync(StaffMember who, int page = 0, CancellationToken cancellationToken = default) =>
        Rows(db.Cases.Where(c => c.WorkerSubject == who.Subject && c.Stage != CaseStage.Closed), who, page, cancellationToken);

    public Task<IReadOnlyList<CaseloadRow>> TeamAsync(StaffMember who, int page = 0, CancellationToken cancellationToken = default) =>
        Rows(db.Cases.Where(c => c.Team == who.Team && c.Stage != CaseStage.Closed), who, page, cancellationToken);

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

    private async Task<IReadOnlyList<CaseloadRow>> Rows(IQueryable<CaseRecord> cases, StaffMember who, int page, CancellationToken cancellationToken)
    {
        var rows = await cases.AsNoTracking()
            .OrderBy(c => c.ReferralDate).ThenBy(c => c.Id)
            .Skip(page * PageSize).Take(PageSize)
            .Join(db.Children.AsNoTracking(), c => c.ChildId, k => k.Id, (c, k) => new { Case = c, Child = k })
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. rows.Select(r =>
        {
            var due = dueDates.For(r.Case, policy.Value).Where(d => d.Done is null).OrderBy(d => d.Due).FirstOrDefault();
            var visible = r.Child.MayBeOpenedBy(who);
            return new CaseloadRow(r.Case.Id, r.Case.Reference, r.Child.Id, r.Child.Reference, visible ? r.Child.FullName : null, r.Case.Stage, r.Case.WorkerName, due, due?.IsOverdue(today) == true, r.Case.IsSynthetic);
        })];
    }
}
