using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Practice.Staff;

/// <summary>Administrators add and change the authority's teams: a name no other team has, a service area, a current member of staff as manager.</summary>
public sealed class TeamAdministration(PracticeDbContext db, TimeProvider clock, ILogger<TeamAdministration> logger)
{
    private static readonly Failure Duplicate = new Failure.Invalid(nameof(TeamDetails.Name), "Another team already has this name");

    public async Task<Outcome<Team>> AddAsync(TeamDetails details, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var team = new Team();
        var errors = await CheckAsync(details, team.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        details.ApplyTo(team);
        db.Teams.Add(team);
        return await SaveAsync(team, [], changedBy, 0, cancellationToken);
    }

    public async Task<Outcome<Team>> EditAsync(Guid id, TeamDetails details, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return new Failure.NotFound("team");
        }

        var errors = await CheckAsync(details, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        if (team.Version != expectedVersion)
        {
            return await DirectoryHistory.ConflictSinceAsync(db, id, expectedVersion, cancellationToken);
        }

        var before = await DescribeAsync(team, cancellationToken);
        details.ApplyTo(team);
        team.Version++;
        return await SaveAsync(team, before, changedBy, expectedVersion, cancellationToken);
    }

    private async Task<List<FieldError>> CheckAsync(TeamDetails details, Guid id, CancellationToken cancellationToken)
    {
        var errors = details.Validate().ToList();
        if (!string.IsNullOrWhiteSpace(details.Name))
        {
            var name = details.Name.Trim();
            var names = await db.Teams.AsNoTracking().Where(t => t.Id != id).Select(t => t.Name).ToListAsync(cancellationToken);
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(((Failure.Invalid)Duplicate).Errors[0]);
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (details.ManagerId is { } manager && !await db.StaffRecords.AnyAsync(s => s.Id == manager && (s.EndDate == null || s.EndDate >= today), cancellationToken))
        {
            errors.Add(new(nameof(TeamDetails.ManagerId), "Choose a manager from the list"));
        }

        return errors;
    }

    private async Task<IReadOnlyList<(string Field, string Value)>> DescribeAsync(Team team, CancellationToken cancellationToken)
    {
        var name = team.ManagerId is { } id
            ? await db.StaffRecords.AsNoTracking().Where(s => s.Id == id).Select(s => s.GivenName + " " + s.FamilyName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return DirectoryDescription.Of(team, _ => name ?? "none");
    }

    private async Task<Outcome<Team>> SaveAsync(Team team, IReadOnlyList<(string Field, string Value)> before, string changedBy, int expectedVersion, CancellationToken cancellationToken)
    {
        var after = await DescribeAsync(team, cancellationToken);
        DirectoryHistory.Add(db, DirectoryRecordKind.Team, team.Id, team.Version, changedBy, clock.GetUtcNow(), before.Count == 0 ? ["Added"] : DirectoryDescription.Changes(before, after));
        if (await db.SaveOrFailAsync(() => DirectoryHistory.ConflictSinceAsync(db, team.Id, expectedVersion, cancellationToken), SavingChanges.Always(Duplicate), cancellationToken) is { } failure)
        {
            return failure;
        }

        logger.LogInformation("Team {TeamId} saved as version {Version} at {Tenant}", team.Id, team.Version, db.Tenant.Identifier);
        return team;
    }
}
