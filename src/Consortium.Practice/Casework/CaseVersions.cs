using System.Text.Json;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>The versions of a case that clients have been given, field by field (<see cref="CaseSnapshot"/>).</summary>
internal static class CaseVersions
{
    /// <summary>Keeps the case's current version, to be saved with the change that made it or the reading that first saw it.</summary>
    private static void Keep(PracticeDbContext db, CaseRecord record, DateTimeOffset now) =>
        db.CaseSnapshots.Add(new CaseSnapshot
        {
            CaseId = record.Id,
            Token = record.ConcurrencyToken,
            Fields = JsonSerializer.Serialize(CaseFields.Of(record).Values),
            SavedAt = now,
        });

    /// <summary>Keeps the first version of every case being recorded and the new version of every case being changed (a case, and siblings moved with it).</summary>
    public static void KeepChanged(PracticeDbContext db, DateTimeOffset now)
    {
        foreach (var changed in db.ChangeTracker.Entries<CaseRecord>().Where(e => e.State == EntityState.Added || e.Property(c => c.ConcurrencyToken).IsModified).ToList())
        {
            Keep(db, changed.Entity, now);
        }
    }

    /// <summary>Keeps the case's current version unless it is kept already (a case recorded or changed before versions were kept).</summary>
    public static async Task KeepIfNewAsync(PracticeDbContext db, CaseRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.CaseSnapshots.AnyAsync(s => s.CaseId == record.Id && s.Token == record.ConcurrencyToken, cancellationToken))
        {
            Keep(db, record, now);
        }
    }

    /// <summary>The case's fields at the version <paramref name="token"/>, where that version was kept.</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> FieldsAtAsync(PracticeDbContext db, Guid caseId, Guid token, CancellationToken cancellationToken)
    {
        var fields = await db.CaseSnapshots.AsNoTracking().Where(s => s.CaseId == caseId && s.Token == token).Select(s => s.Fields).FirstOrDefaultAsync(cancellationToken);
        return fields is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(fields);
    }
}
