using Consortium.Practice.Casework;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Census.Notes;

/// <summary>The authority's notes explaining the queries of a year's census: read them for the page and the return, write one.</summary>
public sealed class CensusQueryNotes(PracticeDbContext db, TimeProvider clock)
{
    /// <summary>The year's notes by rule and LA child ID (empty for the whole file).</summary>
    public async Task<IReadOnlyDictionary<(string Rule, string LaChildId), CensusQueryNote>> ForYearAsync(int year, CancellationToken cancellationToken = default) =>
        (await db.CensusQueryNotes.AsNoTracking().Where(n => n.Year == year).ToListAsync(cancellationToken)).ToDictionary(n => (n.Rule, n.LaChildId));

    /// <summary>Writes the note of a query, replacing the one written before; only a query of the Department's list can have one.</summary>
    public async Task<Outcome<CensusQueryNote>> WriteAsync(int year, string? rule, string? laChildId, string? text, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!CensusYears.Offered.Contains(year) || CensusRules.All.FirstOrDefault(r => r.Code == rule) is not { IsQuery: true } query)
        {
            return new Failure.NotFound("census query");
        }

        var child = laChildId?.Trim() ?? "";
        if (child.Length > 20)
        {
            return new Failure.NotFound("census query");
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > CensusQueryNote.MaxText)
        {
            return new Failure.Invalid("Text", trimmed.Length == 0 ? "Enter the note explaining the query" : $"The note must be {CensusQueryNote.MaxText} characters or fewer");
        }

        var note = await db.CensusQueryNotes.FirstOrDefaultAsync(n => n.Year == year && n.Rule == query.Code && n.LaChildId == child, cancellationToken);
        if (note is null)
        {
            note = new CensusQueryNote { Year = year, Rule = query.Code, LaChildId = child };
            db.CensusQueryNotes.Add(note);
        }

        (note.Text, note.WrittenBy, note.WrittenAt) = (trimmed, who.Name, clock.GetUtcNow());
        var failure = await db.SaveOrFailAsync(
            SavingChanges.Always(new Failure.Conflict("Someone else changed this note while you were writing it", [])),
            SavingChanges.Always(new Failure.Conflict("Someone else wrote a note for this query while you were writing yours", [])),
            cancellationToken);
        return failure is null ? note : failure;
    }
}
