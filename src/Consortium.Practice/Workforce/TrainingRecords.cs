using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce;

/// <summary>Who is trained to what level at this authority: each person's records and status, and a team's matrix.</summary>
public sealed class TrainingRecords(PracticeDbContext db, SettingsStore<TrainingPolicy> policies, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<TrainingPolicy> PolicyAsync(CancellationToken cancellationToken = default) =>
        (await policies.GetCurrentAsync(cancellationToken)).Settings;

    /// <summary>Training done elsewhere, recorded by hand with what shows it was done.</summary>
    public async Task<Outcome<TrainingRecord>> RecordExternalAsync(Guid staffId, string level, DateOnly? completedOn, string? evidence, string recordedBy, CancellationToken cancellationToken = default)
    {
        if (!await db.StaffRecords.AnyAsync(s => s.Id == staffId, cancellationToken))
        {
            return new Failure.NotFound("member of staff");
        }

        var policy = await PolicyAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (policy.Level(level) is null)
        {
            errors.Add(new("Level", "Choose the level of training"));
        }

        if (completedOn is null)
        {
            errors.Add(new("CompletedOn", "Enter the date the training was completed"));
        }
        else if (completedOn > Today)
        {
            errors.Add(new("CompletedOn", "The date the training was completed must be today or in the past"));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            errors.Add(new("Evidence", "Enter the evidence that the training was completed"));
        }
        else if (evidence.Length > TrainingRecord.EvidenceLength)
        {
            errors.Add(new("Evidence", $"The evidence must be {TrainingRecord.EvidenceLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var record = new TrainingRecord
        {
            StaffId = staffId,
            Level = level,
            CompletedOn = completedOn!.Value,
            Source = TrainingSource.External,
            Evidence = evidence!.Trim(),
            RecordedBy = recordedBy,
            RecordedAt = clock.GetUtcNow(),
        };
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>One person's status on every level and their records, latest first; null if no such person here.</summary>
    public async Task<PersonTraining?> PersonAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        var person = await db.StaffRecords.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var policy = await PolicyAsync(cancellationToken);
        var records = await db.TrainingRecords.AsNoTracking().Where(r => r.StaffId == staffId).ToListAsync(cancellationToken);
        var statuses = TrainingStatusCalculator.StatusOf(
            policy,
            new(person.Role, person.StartDate, person.EndDate),
            records.Select(r => new TrainingStatusCalculator.Completion(r.Level, r.CompletedOn)),
            Today);
        return new(person.Id, person.FullName, person.Role, person.StartDate, policy, statuses,
            [.. records.OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.RecordedAt)]);
    }

    /// <summary>The signed-in person's own training, found by their identity provider's subject; null if their directory record is not linked.</summary>
    public async Task<PersonTraining?> SignedInAsync(string subject, CancellationToken cancellationToken = default)
    {
        var id = await db.StaffRecords.AsNoTracking().Where(s => s.Subject == subject).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } staffId ? await PersonAsync(staffId, cancellationToken) : null;
    }

    /// <summary>Current staff (of one team, or all) by name, each with their status on every level.</summary>
    public async Task<TrainingMatrix> MatrixAsync(Guid? teamId, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var staff = db.StaffRecords.AsNoTracking().Where(s => s.EndDate == null || s.EndDate >= today);
        if (teamId is { } team)
        {
            staff = staff.Where(s => s.TeamId == team);
        }

        var people = await staff.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var completions = (await db.TrainingRecords.AsNoTracking().Where(r => ids.Contains(r.StaffId))
                .Select(r => new { r.StaffId, r.Level, r.CompletedOn }).ToListAsync(cancellationToken))
            .ToLookup(r => r.StaffId, r => new TrainingStatusCalculator.Completion(r.Level, r.CompletedOn));
        var policy = await PolicyAsync(cancellationToken);
        var rows = people.Select(p => new TrainingMatrixRow(
            p.Id, p.FullName, p.Role,
            TrainingStatusCalculator.StatusOf(policy, new(p.Role, p.StartDate, p.EndDate), completions[p.Id], today)));
        return new(policy.Levels, [.. rows]);
    }
}

public sealed record PersonTraining(
    Guid StaffId, string Name, StaffRole Role, DateOnly StartDate, TrainingPolicy Policy,
    IReadOnlyList<LevelStatus> Statuses, IReadOnlyList<TrainingRecord> Records);

public sealed record TrainingMatrix(IReadOnlyList<TrainingLevel> Levels, IReadOnlyList<TrainingMatrixRow> Rows);

public sealed record TrainingMatrixRow(Guid StaffId, string Name, StaffRole Role, IReadOnlyList<LevelStatus> Statuses);
