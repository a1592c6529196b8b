using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Licences;

/// <summary>Trainers' licences at this authority: recording or renewing one, and which are expired or due to expire.</summary>
public sealed class TrainerLicences(PracticeDbContext db, TimeProvider clock)
{
    /// <summary>How far ahead a licence shows as due to expire.</summary>
    public const int DueWithinDays = 90;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Records a current member of staff's licence, or moves the expiry of the one they hold.</summary>
    public async Task<Outcome<TrainerLicence>> RecordAsync(Guid? staffId, DateOnly? expiresOn, string recordedBy, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var errors = new List<FieldError>();
        if (staffId is not { } id || !await db.StaffRecords.AnyAsync(s => s.Id == id && (s.EndDate == null || s.EndDate >= today), cancellationToken))
        {
            errors.Add(new("StaffId", "Choose the trainer from the staff directory"));
        }

        if (expiresOn is null)
        {
            errors.Add(new("ExpiresOn", "Enter the date the licence expires"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var licence = await db.TrainerLicences.FirstOrDefaultAsync(l => l.StaffId == staffId, cancellationToken);
        if (licence is null)
        {
            licence = new TrainerLicence { StaffId = staffId!.Value };
            db.TrainerLicences.Add(licence);
        }

        licence.ExpiresOn = expiresOn!.Value;
        licence.RecordedBy = recordedBy;
        licence.RecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return licence;
    }

    /// <summary>Every licence held by current staff, soonest expiry first.</summary>
    public async Task<IReadOnlyList<LicenceRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var rows = await db.TrainerLicences.AsNoTracking()
            .Join(db.StaffRecords.AsNoTracking().Where(s => s.EndDate == null || s.EndDate >= today), l => l.StaffId, s => s.Id, (l, s) => new { l.StaffId, s.GivenName, s.FamilyName, l.ExpiresOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LicenceRow(r.StaffId, $"{r.GivenName} {r.FamilyName}", r.ExpiresOn, StateOf(r.ExpiresOn, today))).OrderBy(r => r.ExpiresOn).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Why the person cannot train a course whose last day is given, or null if they can (no licence recorded is no bar).</summary>
    public async Task<string?> BarAsync(Guid trainerId, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var expires = await db.TrainerLicences.AsNoTracking().Where(l => l.StaffId == trainerId).Select(l => (DateOnly?)l.ExpiresOn).FirstOrDefaultAsync(cancellationToken);
        return expires is { } e && e < lastDay
            ? $"The trainer's licence expires on {e.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, before the course ends: choose another trainer or record the renewed licence"
            : null;
    }

    public static LicenceState StateOf(DateOnly expiresOn, DateOnly today) =>
        expiresOn < today ? LicenceState.Expired : expiresOn <= today.AddDays(DueWithinDays) ? LicenceState.DueToExpire : LicenceState.Current;
}

public enum LicenceState
{
    Current,
    DueToExpire,
    Expired,
}

public sealed record LicenceRow(Guid StaffId, string Name, DateOnly ExpiresOn, LicenceState State);
