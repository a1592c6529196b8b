using System.Globalization;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Corrects a recorded strategy discussion or section 47 outcome: only from the version the person saw, never over a
/// correction they have not seen (that is a conflict naming who corrected it and what, field by field), keeping the
/// version it replaces with who corrected it and why, and writing the change to the child's access log.
/// </summary>
public sealed class EnquiryOutcomeCorrector(PracticeDbContext db, TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The versions corrections replaced on a case already opened by the caller, newest first.</summary>
    public async Task<IReadOnlyList<EnquiryOutcomeRevision>> HistoryOfCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        [.. (await db.EnquiryOutcomeRevisions.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken)).OrderByDescending(r => r.CorrectedAt)];

    /// <param name="basedOn">The concurrency token of the version the person corrected.</param>
    public async Task<Outcome<EnquiryOutcome>> CorrectAsync(Guid caseId, EnquiryOutcomeCorrection correction, Guid basedOn, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var step = correction.Corrected.Step;
        var current = await db.EnquiryOutcomes.FirstOrDefaultAsync(o => o.CaseId == caseId && o.Step == step, cancellationToken);
        if (current is null)
        {
            return new Failure.Refused($"The outcome of the {EnquiryOutcomes.StepName(step).ToLowerInvariant()} is not recorded yet: record it first");
        }

        if (current.ConcurrencyToken != basedOn)
        {
            return await ConflictAsync(current, correction, basedOn, cancellationToken);
        }

        var problems = correction.Validate(opened.Case, current, Today, out var outcome);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        db.EnquiryOutcomeRevisions.Add(EnquiryOutcomeRevision.Of(current, who, now, correction.WhyCorrected!.Trim()));
        current.Outcome = outcome;
        current.DecidedOn = correction.Corrected.DecidedOn!.Value;
        current.Reasons = (correction.Corrected.Reasons ?? "").Trim();
        current.RecordedBy = who.Name;
        current.RecordedAt = now;
        current.ConcurrencyToken = Guid.NewGuid();
        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Changed, "enquiry-outcome", current.Id, now, "corrected");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.EnquiryOutcomes.FirstAsync(o => o.Id == current.Id, cancellationToken);
            return await ConflictAsync(saved, correction, basedOn, cancellationToken);
        }

        return current;
    }

    private async Task<Failure> ConflictAsync(EnquiryOutcome current, EnquiryOutcomeCorrection correction, Guid basedOn, CancellationToken cancellationToken)
    {
        var seen = await db.EnquiryOutcomeRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.OutcomeId == current.Id && r.ConcurrencyToken == basedOn, cancellationToken);
        var before = seen is null ? null : Fields(seen.Step, seen.Outcome, seen.DecidedOn, seen.Reasons).Values;
        var mine = Fields(current.Step, Enum.TryParse<EnquiryOutcomeCode>(correction.Corrected.Outcome, out var code) ? code : null, correction.Corrected.DecidedOn, correction.Corrected.Reasons);
        var changes = FieldChanges.Between(before, Fields(current.Step, current.Outcome, current.DecidedOn, current.Reasons), mine);
        var name = EnquiryOutcomes.StepName(current.Step).ToLowerInvariant();
        return Failure.Conflict.Of($"{current.RecordedBy} saved the outcome of the {name} {SavedAt.Words(current.RecordedAt)} while you were correcting it", changes, current.ConcurrencyToken.ToString("N"));
    }

    /// <summary>An outcome's fields as the correction form names them, in the words the page shows.</summary>
    private static RecordFields Fields(EnquiryStep step, EnquiryOutcomeCode? outcome, DateOnly? decidedOn, string? reasons) => new RecordFields()
        .Add(nameof(EnquiryOutcomeInput.Outcome), "Outcome", outcome is { } code && EnquiryOutcomes.Of(step).TryGetValue(code, out var label) ? label : "")
        .Add(nameof(EnquiryOutcomeInput.DecidedOn), "Date of the outcome", decidedOn?.ToString("d MMMM yyyy", English))
        .Add(nameof(EnquiryOutcomeInput.Reasons), "Reasons", reasons);
}
