using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Leadership;

/// <summary>The practice leaders register: who from the staff directory serves as a practice leader, since when and until when.</summary>
public sealed class PracticeLeaders(PracticeDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<PracticeLeader>> AddAsync(Guid? staffId, DateOnly? from, DateOnly? until, string recordedBy, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var errors = new List<FieldError>();
        if (staffId is not { } id || !await db.StaffRecords.AnyAsync(s => s.Id == id && (s.EndDate == null || s.EndDate >= today), cancellationToken))
        {
            errors.Add(new("StaffId", "Choose the practice leader from the staff directory"));
        }

        if (from is null)
        {
            errors.Add(new("From", "Enter the date they became a practice leader"));
        }
        else if (until < from)
        {
            errors.Add(new("Until", "The last day must be on or after the first"));
        }
        else if (staffId is { } person && await OverlapsAsync(person, from.Value, until, cancellationToken))
        {
            errors.Add(new("From", "This person is already on the register for some of these dates"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var leader = new PracticeLeader { StaffId = staffId!.Value, From = from!.Value, Until = until, RecordedBy = recordedBy, RecordedAt = clock.GetUtcNow() };
        db.PracticeLeaders.Add(leader);
        await db.SaveChangesAsync(cancellationToken);
        return leader;
    }

    /// <summary>Ends a term still open on the register; a term already ended is refused rather than silently moved.</summary>
    public async Task<Outcome<PracticeLeader>> EndAsync(Guid leaderId, DateOnly? until, CancellationToken cancellationToken = default)
    {
        var leader = await db.PracticeLeaders.FirstOrDefaultAsync(l => l.Id == leaderId, cancellationToken);
        if (leader is null)
        {
            return new Failure.NotFound("practice leader");
        }

        if (leader.Until is not null)
        {
            return new Failure.Refused("This term on the register has already ended");
        }

        if (until is null)
        {
            return new Failure.Invalid("Until", "Enter the last day as a practice leader");
        }

        if (until < leader.From)
        {
            return new Failure.Invalid("Until", "The last day must be on or after the first");
        }

        leader.Until = until;
        await db.SaveChangesAsync(cancellationToken);
        return leader;
    }

    /// <summary>Every term on the register, those still serving first, then by name.</summary>
    public async Task<IReadOnlyList<RegisterRow>> RegisterAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var rows = await db.PracticeLeaders.AsNoTracking()
            .Join(db.StaffRecords.AsNoTracking(), l => l.StaffId, s => s.Id, (l, s) => new { l.Id, l.StaffId, s.GivenName, s.FamilyName, l.From, l.Until })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new RegisterRow(r.Id, r.StaffId, $"{r.GivenName} {r.FamilyName}", r.From, r.Until, r.From <= today && (r.Until is null || r.Until >= today)))
            .OrderByDescending(r => r.Serving).ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenByDescending(r => r.From)];
    }

    /// <summary>Whether the person was on the register on the day.</summary>
    public Task<bool> ServedOnAsync(Guid staffId, DateOnly day, CancellationToken cancellationToken = default) =>
        db.PracticeLeaders.AnyAsync(l => l.StaffId == staffId && l.From <= day && (l.Until == null || l.Until >= day), cancellationToken);

    private Task<bool> OverlapsAsync(Guid staffId, DateOnly from, DateOnly? until, CancellationToken cancellationToken) =>
        db.PracticeLeaders.AnyAsync(
            l => l.StaffId == staffId && (l.Until == null || l.Until >= from) && (until == null || l.From <= until),
            cancellationToken);
}

public sealed record RegisterRow(Guid Id, Guid StaffId, string Name, DateOnly From, DateOnly? Until, bool Serving);
