using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Finds children of this authority by name (every word of the query in the first or last name) or by a child or case
/// reference, a page at a time. A restricted child is found by name only by the staff named on it: anyone else would
/// learn that a child of that name is known. By reference, anyone learns only that the record exists.
/// </summary>
public sealed class ChildSearch(PracticeDbContext db)
{
    public const int PageSize = 25;

    public async Task<ChildSearchResult> FindAsync(string query, StaffMember who, int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        page = Math.Max(0, page);
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5).ToArray();
        if (words.Length == 0)
        {
            return new([], 0, page, PageSize);
        }

        var reference = words[0].ToUpperInvariant();
        var byReference = words.Length == 1 && (reference.StartsWith("C-", StringComparison.Ordinal) || reference.StartsWith("R-", StringComparison.Ordinal));
        var children = db.Children.AsNoTracking().Where(c => c.MergedIntoChildId == null);
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

            // Restriction is decided in the database, so the count and the pages hold only children this person may see.
            var subject = who.Subject;
            var userName = who.UserName.ToLowerInvariant();
            // User names compare without case, as Child.MayBeOpenedBy does; ToLower() here is the database's LOWER, not .NET's.
#pragma warning disable CA1304, CA1311, CA1862
            children = children.Where(c => !c.IsRestricted || c.PermittedStaff.Contains(subject) || (userName != "" && c.PermittedStaff.Any(p => p.ToLower() == userName)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await children.CountAsync(cancellationToken);
        var found = await children.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip(page * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = found.Select(c => c.Id).ToList();
        var episodes = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ChildId))
            .Select(c => new { c.Id, c.ChildId, c.Reference, c.Stage, c.ReferralDate }).ToListAsync(cancellationToken);
        var rows = found.Select(child =>
        {
            var theirs = episodes.Where(e => e.ChildId == child.Id).OrderByDescending(e => e.ReferralDate).ThenBy(e => e.Id).ToList();
            var latest = theirs.FirstOrDefault();
            var visible = child.MayBeOpenedBy(who);
            return new ChildSearchRow(child.Id, child.Reference, visible ? child.FullName : null, visible ? child.DateOfBirth ?? child.ExpectedDateOfBirth : null,
                visible ? latest?.Id : null, latest?.Reference, visible ? latest?.Stage : null, visible ? theirs.Count : 0, child.IsSynthetic);
        }).ToList();
        return new(rows, total, page, PageSize);
    }
}
