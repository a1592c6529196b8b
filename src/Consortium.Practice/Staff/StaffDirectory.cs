using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Staff;

/// <summary>
/// The authority's staff and teams as other features read them: the people a form offers to choose (never typed),
/// the administrators' list, one record and its history.
/// </summary>
public sealed class StaffDirectory(PracticeDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Current staff (not left), optionally of one team or one role, by last then first name.</summary>
    public async Task<IReadOnlyList<StaffChoice>> ChooseFromAsync(Guid? teamId = null, StaffRole? role = null, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var staff = db.StaffRecords.AsNoTracking().Where(s => s.EndDate == null || s.EndDate >= today);
        if (teamId is { } team)
        {
            staff = staff.Where(s => s.TeamId == team);
        }

        if (role is { } r)
        {
            staff = staff.Where(s => s.Role == r);
        }

        var teams = await TeamNamesAsync(cancellationToken);
        var rows = await staff.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName)
            .Select(s => new { s.Id, s.GivenName, s.FamilyName, s.JobTitle, s.TeamId, s.Role, s.SignInName, s.Subject })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new StaffChoice(s.Id, $"{s.GivenName} {s.FamilyName}", s.JobTitle, s.TeamId is { } t ? teams.GetValueOrDefault(t) : null, s.Role, s.SignInName, s.Subject))];
    }

    /// <summary>The staff this authority's directory has, current, left or both, of one team or all, in the order asked.</summary>
    public async Task<IReadOnlyList<StaffListRow>> ListAsync(StaffListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var staff = db.StaffRecords.AsNoTracking();
        staff = filter.Status switch
        {
            StaffStatus.Current => staff.Where(s => s.EndDate == null || s.EndDate >= today),
            StaffStatus.Left => staff.Where(s => s.EndDate != null && s.EndDate < today),
            _ => staff,
        };
        if (filter.TeamId is { } team)
        {
            staff = staff.Where(s => s.TeamId == team);
        }

        var teams = await TeamNamesAsync(cancellationToken);
        var managers = await db.StaffRecords.AsNoTracking().Select(s => new { s.Id, s.GivenName, s.FamilyName, s.SignInName }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = (await staff.ToListAsync(cancellationToken)).Select(s => new StaffListRow(
            s.Id, s.GivenName, s.FamilyName, s.SignInName, s.TeamId is { } t ? teams.GetValueOrDefault(t) : null, s.Role, s.JobTitle,
            s.ManagerId is { } m && managers.TryGetValue(m, out var manager) ? $"{manager.GivenName} {manager.FamilyName}" : null,
            s.ManagerId is { } n && managers.TryGetValue(n, out var same) ? same.SignInName : null,
            s.StartDate, s.EndDate, s.RegistrationNumber, s.Fte, s.Employment, s.Subject is not null));
        var byName = rows.OrderBy(r => r.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.GivenName, StringComparer.CurrentCultureIgnoreCase);
        return filter.Sort switch
        {
            StaffSort.Team => [.. rows.OrderBy(r => r.Team is null).ThenBy(r => r.Team, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.GivenName, StringComparer.CurrentCultureIgnoreCase)],
            StaffSort.Role => [.. rows.OrderBy(r => r.Role).ThenBy(r => r.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.GivenName, StringComparer.CurrentCultureIgnoreCase)],
            StaffSort.StartDate => [.. rows.OrderByDescending(r => r.StartDate).ThenBy(r => r.FamilyName, StringComparer.CurrentCultureIgnoreCase)],
            _ => [.. byName],
        };
    }

    public async Task<StaffRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.StaffRecords.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);

    public async Task<Team?> FindTeamAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>Every saved change to one staff record or team, latest first.</summary>
    public async Task<IReadOnlyList<DirectoryChange>> HistoryAsync(Guid recordId, CancellationToken cancellationToken = default) =>
        await db.DirectoryChanges.AsNoTracking().Where(c => c.RecordId == recordId).OrderByDescending(c => c.Version).ToListAsync(cancellationToken);

    /// <summary>The current staff with these ids; an id that is not one of them (left, another authority's, made up) is missing from the answer.</summary>
    public async Task<IReadOnlyList<StaffChoice>> ChosenAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. (await ChooseFromAsync(cancellationToken: cancellationToken)).Where(c => ids.Contains(c.Id))];
    }

    private async Task<Dictionary<Guid, string>> TeamNamesAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
}
