using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A visit as the worker records it.</summary>
public sealed record VisitInput(DateOnly? VisitedOn, bool SeenAlone, string? Notes)
{
    public const int MaxNotes = 2000;

    public IReadOnlyList<FieldError> Validate(CaseRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<FieldError>();
        if (VisitedOn is not { } on)
        {
            problems.Add(new(nameof(VisitedOn), "Enter the date of the visit"));
        }
        else if (on > today)
        {
            problems.Add(new(nameof(VisitedOn), "The date of the visit cannot be in the future"));
        }
        else if (on < record.ReferralDate)
        {
            problems.Add(new(nameof(VisitedOn), $"The date of the visit cannot be before the referral, {record.ReferralDate:d MMMM yyyy}"));
        }
        else if (record.ClosedOn is { } closed && on > closed)
        {
            problems.Add(new(nameof(VisitedOn), $"The date of the visit cannot be after the case closed, {closed:d MMMM yyyy}"));
        }

        if (Notes is { Length: > MaxNotes })
        {
            problems.Add(new(nameof(Notes), $"Notes must be {MaxNotes} characters or fewer"));
        }

        return problems;
    }
}
