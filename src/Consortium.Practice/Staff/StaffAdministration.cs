using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Practice.Staff;

/// <summary>
/// Administrators add, change and end (as leavers) the authority's staff records. Every save is checked whole (fields,
/// team, manager, a sign-in name nobody else has), based on the version the person saw, and kept in the record's history.
/// </summary>
public sealed class StaffAdministration(PracticeDbContext db, TimeProvider clock, ILogger<StaffAdministration> logger)
{
    public async Task<Outcome<StaffRecord>> AddAsync(StaffDetails details, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var record = new StaffRecord();
        var errors = await CheckAsync(details, record.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        details.ApplyTo(record);
        db.StaffRecords.Add(record);
        return await SaveAsync(record, [], changedBy, "added", cancellationToken);
    }

    public async Task<Outcome<StaffRecord>> EditAsync(Guid id, StaffDetails details, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var record = await db.StaffRecords.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return new Failure.NotFound("staff record");
        }

        var errors = await CheckAsync(details, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        if (record.Version != expectedVersion)
        {
            return await DirectoryHistory.ConflictSinceAsync(db, id, expectedVersion, cancellationToken);
        }

        var before = await DescribeAsync(record, cancellationToken);
        details.ApplyTo(record);
        record.Version++;
        return await SaveAsync(record, before, changedBy, "changed", cancellationToken, expectedVersion);
    }

    /// <summary>Records that a member of staff leaves: their last working day, on or after they started.</summary>
    public async Task<Outcome<StaffRecord>> EndAsync(Guid id, DateOnly? lastDay, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        var record = await db.StaffRecords.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return new Failure.NotFound("staff record");
        }

        if (lastDay is not { } end)
        {
            return new Failure.Invalid(nameof(StaffDetails.EndDate), "Enter their last working day");
        }

        if (end < record.StartDate)
        {
            return new Failure.Invalid(nameof(StaffDetails.EndDate), $"Leaving date must be on or after they started, {DirectoryDescription.Date(record.StartDate)}");
        }

        if (record.Version != expectedVersion)
        {
            return await DirectoryHistory.ConflictSinceAsync(db, id, expectedVersion, cancellationToken);
        }

        var before = await DescribeAsync(record, cancellationToken);
        record.EndDate = end;
        record.Version++;
        return await SaveAsync(record, before, changedBy, "ended", cancellationToken, expectedVersion);
    }

    /// <summary>The rules that need the directory: the team and manager exist here, the manager is not managed by this person, the sign-in name is nobody else's.</summary>
    private async Task<List<FieldError>> CheckAsync(StaffDetails details, Guid id, CancellationToken cancellationToken)
    {
        var errors = details.Validate().ToList();
        if (details.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, cancellationToken))
        {
            errors.Add(new(nameof(StaffDetails.TeamId), "Choose a team from the list"));
        }

        if (details.ManagerId is { } manager)
        {
            var managers = await db.StaffRecords.AsNoTracking().Select(s => new { s.Id, s.ManagerId }).ToDictionaryAsync(s => s.Id, s => s.ManagerId, cancellationToken);
            if (!managers.ContainsKey(manager))
            {
                errors.Add(new(nameof(StaffDetails.ManagerId), "Choose a manager from the list"));
            }
            else if (ManagementChain.LeadsBackTo(id, manager, m => managers.GetValueOrDefault(m)))
            {
                errors.Add(new(nameof(StaffDetails.ManagerId), "Choose someone else as manager: a person cannot manage themselves or their own manager"));
            }
        }

        var signInName = StaffDetails.NormalisedSignInName(details.SignInName);
        if (signInName.Length > 0 && await db.StaffRecords.AnyAsync(s => s.SignInName == signInName && s.Id != id, cancellationToken))
        {
            errors.Add(new(nameof(StaffDetails.SignInName), "Another member of staff already has this sign-in name"));
        }

        return errors;
    }

    private async Task<IReadOnlyList<(string Field, string Value)>> DescribeAsync(StaffRecord record, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var staff = await db.StaffRecords.AsNoTracking().Select(s => new { s.Id, s.GivenName, s.FamilyName }).ToDictionaryAsync(s => s.Id, s => $"{s.GivenName} {s.FamilyName}", cancellationToken);
        return DirectoryDescription.Of(record, t => t is { } id ? teams.GetValueOrDefault(id, "none") : "none", s => s is { } id ? staff.GetValueOrDefault(id, "none") : "none");
    }

    private async Task<Outcome<StaffRecord>> SaveAsync(
        StaffRecord record, IReadOnlyList<(string Field, string Value)> before, string changedBy, string what, CancellationToken cancellationToken, int? expectedVersion = null)
    {
        var after = await DescribeAsync(record, cancellationToken);
        var lines = before.Count == 0 ? ["Added"] : DirectoryDescription.Changes(before, after);
        DirectoryHistory.Add(db, DirectoryRecordKind.Staff, record.Id, record.Version, changedBy, clock.GetUtcNow(), lines);
        var failure = await db.SaveOrFailAsync(
            () => DirectoryHistory.ConflictSinceAsync(db, record.Id, expectedVersion ?? 0, cancellationToken),
            SavingChanges.Always(new Failure.Invalid(nameof(StaffDetails.SignInName), "Another member of staff already has this sign-in name")),
            cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        logger.LogInformation("Staff record {StaffId} {What} as version {Version} at {Tenant}", record.Id, what, record.Version, db.Tenant.Identifier);
        return record;
    }
}
