using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records and reads the outcome of a case's strategy discussion and section 47 enquiry: each once, after the step
/// started, as a fact of its own (no case version), with a line in the child's access log.
/// </summary>
public sealed class EnquiryOutcomeService(PracticeDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The case's recorded outcomes, the view written to the child's access log; null for a case this person may not open.</summary>
    public async Task<(Child Child, CaseRecord Case, IReadOnlyList<EnquiryOutcome> Outcomes)?> ForCaseAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        if (await db.OpenLoggedAsync(caseId, who, "enquiry outcomes", clock.GetUtcNow(), cancellationToken) is not { } opened)
        {
            return null;
        }

        return (opened.Child, opened.Case, await OfCaseAsync(caseId, cancellationToken));
    }

    /// <summary>The outcomes of a case already opened by the caller (the case page), strategy discussion first.</summary>
    public async Task<IReadOnlyList<EnquiryOutcome>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        [.. (await db.EnquiryOutcomes.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(cancellationToken)).OrderBy(o => o.Step)];

    public async Task<Outcome<EnquiryOutcome>> RecordAsync(Guid caseId, EnquiryOutcomeInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not { } opened)
        {
            return new Failure.NotFound("case");
        }

        var name = EnquiryOutcomes.StepName(input.Step);
        var started = input.Step == EnquiryStep.StrategyDiscussion ? opened.Case.StrategyDiscussion : opened.Case.Section47Start;
        if (started is null)
        {
            return new Failure.Refused($"The case has no {name.ToLowerInvariant()} yet: move it to that stage first");
        }

        if (await db.EnquiryOutcomes.AnyAsync(o => o.CaseId == caseId && o.Step == input.Step, cancellationToken))
        {
            return new Failure.Refused($"The outcome of the {name.ToLowerInvariant()} is already recorded");
        }

        var problems = input.Validate(opened.Case, Today, out var outcome);
        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var recorded = new EnquiryOutcome
        {
            CaseId = caseId,
            Step = input.Step,
            Outcome = outcome,
            DecidedOn = input.DecidedOn!.Value,
            Reasons = (input.Reasons ?? "").Trim(),
            RecordedBy = who.Name,
            RecordedAt = now,
        };
        db.EnquiryOutcomes.Add(recorded);
        AccessLogWriter.Add(db, opened.Child.Id, who, AccessAction.Created, "enquiry-outcome", recorded.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same step's outcome saved by someone else at the same moment: the unique index refused this one.
            db.ChangeTracker.Clear();
            return new Failure.Refused($"The outcome of the {name.ToLowerInvariant()} is already recorded");
        }

        return recorded;
    }
}
