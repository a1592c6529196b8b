using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>A supervision as the manager records it: who attended are staff chosen from the directory, by id (never typed).</summary>
public sealed record SupervisionInput(DateOnly? HeldOn, IReadOnlyList<Guid> Attendees, string? WorkingWell, string? Worries, string? NeedsToHappen)
{
    public const int MaxText = 4000;

    public IReadOnlyList<FieldError> Validate(CaseRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<FieldError>();
        if (HeldOn is not { } on)
        {
            problems.Add(new(nameof(HeldOn), "Enter the date of the supervision"));
        }
        else if (on > today)
        {
            problems.Add(new(nameof(HeldOn), "The date of the supervision cannot be in the future"));
        }
        else if (on < record.ReferralDate)
        {
            problems.Add(new(nameof(HeldOn), $"The date of the supervision cannot be before the referral, {record.ReferralDate:d MMMM yyyy}"));
        }

        if (string.IsNullOrWhiteSpace(NeedsToHappen))
        {
            problems.Add(new(nameof(NeedsToHappen), "Enter what needs to happen: the decisions of the supervision"));
        }

        foreach (var (field, value, label) in new[] { (nameof(WorkingWell), WorkingWell, "What is working well"), (nameof(Worries), Worries, "What we are worried about"), (nameof(NeedsToHappen), NeedsToHappen, "What needs to happen") })
        {
            if (value is { Length: > MaxText })
            {
                problems.Add(new(field, $"{label} must be {MaxText} characters or fewer"));
            }
        }

        return problems;
    }
}
