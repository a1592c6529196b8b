using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Writes and reads a case's notes. Each note is a fact of its own, so writing one needs no case version; reading and
/// writing are logged on the child's record, and a record this person may not open is not found.
/// </summary>
public sealed class CaseNoteService(PracticeDbContext db, TimeProvider clock)
{
    public async Task<CaseNotes?> ForCaseAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        if (await db.OpenLoggedAsync(caseId, who, "case notes", clock.GetUtcNow(), cancellationToken) is not { } opened)
        {
            return null;
        }

        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync(cancellationToken);
        return new(opened.Child, opened.Case, [.. notes.OrderByDescending(n => n.WrittenOn).ThenByDescending(n => n.RecordedAt)]);
    }

    public async Task<Outcome<CaseNote>> AddAsync(Guid caseId, CaseNoteInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var now = clock.GetUtcNow();
        var problems = input.Validate(opened.Case, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var note = new CaseNote
        {
            CaseId = caseId,
            WrittenOn = input.WrittenOn!.Value,
            Type = input.Type!.Value,
            Text = input.Text!.Trim(),
            Significant = input.Significant,
            RecordedBy = who.Name,
            RecordedAt = now,
        };
        db.CaseNotes.Add(note);
        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Created, "case note", note.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }
}
