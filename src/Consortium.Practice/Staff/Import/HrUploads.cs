using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Staff.Import;

/// <summary>
/// Keeps an uploaded HR file in the authority's database between its preview and its confirmation, for the person who
/// uploaded it only; an upload is removed once imported, and any left for a day is removed at the next upload.
/// </summary>
public sealed class HrUploads(PracticeDbContext db, TimeProvider clock)
{
    public async Task<Guid> KeepAsync(string content, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var stale = now.AddDays(-1);
        // Compared here, not in SQL: SQLite cannot compare the stored times, and an authority has few uploads at once.
        var kept = await db.HrUploads.AsNoTracking().Select(u => new { u.Id, u.UploadedAt }).ToListAsync(cancellationToken);
        var staleIds = kept.Where(u => u.UploadedAt < stale).Select(u => u.Id).ToList();
        if (staleIds.Count > 0)
        {
            await db.HrUploads.Where(u => staleIds.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var upload = new HrUpload { Content = content, UploadedBy = uploadedBy, UploadedAt = now };
        db.HrUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return upload.Id;
    }

    /// <summary>The file this person uploaded with that id at this authority, or null.</summary>
    public async Task<string?> FindAsync(Guid id, string uploadedBy, CancellationToken cancellationToken = default) =>
        await db.HrUploads.AsNoTracking().Where(u => u.Id == id && u.UploadedBy == uploadedBy).Select(u => u.Content).FirstOrDefaultAsync(cancellationToken);

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.HrUploads.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
}
