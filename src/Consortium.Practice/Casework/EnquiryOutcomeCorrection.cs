using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A correction of a recorded outcome as the person sends it: the outcome as it should read, and why it is corrected.</summary>
public sealed record EnquiryOutcomeCorrection(EnquiryOutcomeInput Corrected, string? WhyCorrected)
{
    public const int MaxWhy = 1000;

    public IReadOnlyList<FieldError> Validate(CaseRecord record, EnquiryOutcome current, DateOnly today, out EnquiryOutcomeCode outcome)
    {
        ArgumentNullException.ThrowIfNull(Corrected);
        ArgumentNullException.ThrowIfNull(current);
        var problems = Corrected.Validate(record, today, out outcome).ToList();
        if (string.IsNullOrWhiteSpace(WhyCorrected))
        {
            problems.Add(new(nameof(WhyCorrected), "Say why the outcome is being corrected"));
        }
        else if (WhyCorrected.Trim().Length > MaxWhy)
        {
            problems.Add(new(nameof(WhyCorrected), $"Why it is corrected must be {MaxWhy} characters or fewer"));
        }

        if (problems.Count == 0 && outcome == current.Outcome && Corrected.DecidedOn == current.DecidedOn && (Corrected.Reasons ?? "").Trim() == current.Reasons)
        {
            problems.Add(new(nameof(EnquiryOutcomeInput.Outcome), "Nothing to correct: the outcome, its date and the reasons are as recorded"));
        }

        return problems;
    }
}
