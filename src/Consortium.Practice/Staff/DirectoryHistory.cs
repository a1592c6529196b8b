using System.Globalization;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Staff;

/// <summary>Writes a change into a record's history and tells a stale save what was changed since its version.</summary>
internal static class DirectoryHistory
{
    public static void Add(PracticeDbContext db, DirectoryRecordKind kind, Guid recordId, int version, string changedBy, DateTimeOffset at, IReadOnlyList<string> lines) =>
        db.DirectoryChanges.Add(new DirectoryChange
        {
            Kind = kind,
            RecordId = recordId,
            Version = version,
            ChangedBy = changedBy,
            ChangedAt = at,
            Summary = Truncate(lines.Count == 0 ? "No changes" : string.Join("\n", lines)),
        });

    public static async Task<Failure> ConflictSinceAsync(PracticeDbContext db, Guid recordId, int expectedVersion, CancellationToken cancellationToken)
    {
        var theirs = await db.DirectoryChanges.AsNoTracking()
            .Where(c => c.RecordId == recordId && c.Version > expectedVersion)
            .OrderBy(c => c.Version)
            .ToListAsync(cancellationToken);
        return theirs.LastOrDefault() is { } latest
            ? new Failure.Conflict(
                $"{latest.ChangedBy} saved this record at {latest.ChangedAt.ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.InvariantCulture)} while you were editing",
                [.. theirs.SelectMany(c => c.Summary.Split('\n'))])
            : new Failure.Conflict("The version you edited is not the latest", []);
    }

    private static string Truncate(string summary) => summary.Length <= 4000 ? summary : summary[..3997] + "...";
}
