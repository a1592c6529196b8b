using Consortium.Practice.Data;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Practice.Staff;

/// <summary>
/// Matches a person signing in to their staff record. A record is linked by its sign-in name to the first person who
/// signs in with that name (as user name, e-mail or UPN), and from then on by their subject; a person whose names fit
/// several records is linked to none. Logs say what happened with record ids only.
/// </summary>
public sealed class StaffSignIn(PracticeDbContext db, TimeProvider clock, ILogger<StaffSignIn> logger)
{
    public async Task<SignInMatch> MatchAsync(string subject, IEnumerable<string?> names, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(names);
        if (await db.StaffRecords.AnyAsync(s => s.Subject == subject, cancellationToken))
        {
            return SignInMatch.AlreadyLinked;
        }

        var keys = names.Select(StaffDetails.NormalisedSignInName).Where(n => n.Length > 0).Distinct().ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var candidates = await db.StaffRecords
            .Where(s => s.Subject == null && keys.Contains(s.SignInName) && (s.EndDate == null || s.EndDate >= today))
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            logger.LogInformation("A sign-in at {Tenant} matched no staff record", db.Tenant.Identifier);
            return SignInMatch.NoRecord;
        }

        if (candidates.Count > 1)
        {
            logger.LogWarning("A sign-in at {Tenant} matched {Count} staff records ({StaffIds}); none was linked", db.Tenant.Identifier, candidates.Count, string.Join(",", candidates.Select(c => c.Id)));
            return SignInMatch.Ambiguous;
        }

        var record = candidates[0];
        record.Subject = subject;
        record.Version++;
        DirectoryHistory.Add(db, DirectoryRecordKind.Staff, record.Id, record.Version, "Sign-in", clock.GetUtcNow(), ["Linked to their sign-in at their first sign-in"]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueKeyViolation.Is(ex))
        {
            // Another request of the same person (or an administrator's edit) got there first; the next sign-in tries again.
            db.ChangeTracker.Clear();
            logger.LogInformation("A sign-in at {Tenant} did not link staff record {StaffId}: it changed at the same moment", db.Tenant.Identifier, record.Id);
            return await db.StaffRecords.AnyAsync(s => s.Subject == subject, cancellationToken) ? SignInMatch.AlreadyLinked : SignInMatch.NoRecord;
        }

        logger.LogInformation("A sign-in at {Tenant} was linked to staff record {StaffId}", db.Tenant.Identifier, record.Id);
        return SignInMatch.Linked;
    }
}
