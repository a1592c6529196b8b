using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A review conference as sent: when it was held, its outcome and, when the plan ends, what follows (and why a case closes); who attended (at least one member of staff).</summary>
public sealed record ReviewRequest(DateOnly? HeldOn, ReviewOutcome? Outcome, CaseStage? Then = null, string? ClosureReason = null, IReadOnlyList<Guid>? StaffAttendees = null, IReadOnlyList<Guid>? FamilyAttendees = null, IReadOnlyList<OtherAttendee>? OtherAttendees = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var problems = new List<FieldError>();
        if (HeldOn is null)
        {
            problems.Add(new(nameof(HeldOn), "Enter the date the review conference was held"));
        }

        if (Outcome is null)
        {
            problems.Add(new(nameof(Outcome), "Say whether the plan continues (ContinuePlan) or ends (EndPlan)"));
        }

        return problems;
    }

    public ReviewInput ToInput() =>
        new(HeldOn ?? throw new InvalidOperationException("Validate first."), Outcome ?? throw new InvalidOperationException("Validate first."), Then, string.IsNullOrWhiteSpace(ClosureReason) ? null : ClosureReason.Trim());

    /// <summary>Who attended, as the page asks: staff ids from the directory (at least one, so a meeting sent without is refused), family member ids of the child, other agencies' people.</summary>
    public AttendeesInput Attendees() => new(StaffAttendees ?? [], FamilyAttendees ?? [], OtherAttendees ?? []);
}
