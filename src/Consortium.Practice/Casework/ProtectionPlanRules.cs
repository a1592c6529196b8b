using Consortium.Practice.Outcomes;
namespace Consortium.Practice.Casework;

/// <summary>
/// What may be recorded against a case's open child protection plan: review conferences and core group meetings held
/// on or after the plan started, not in the future, not twice on the same day. A review that ends the plan moves the
/// case on exactly as a stage move would (<see cref="StageRules"/>), on the day of the review.
/// </summary>
public static class ProtectionPlanRules
{
    /// <summary>Why nothing can be recorded against a case's plan when it has none open.</summary>
    public static readonly Failure.Refused NoOpenPlan = new("The case has no open child protection plan");

    public static bool HasOpenPlan(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stage == CaseStage.ChildProtectionPlan && record.ProtectionPlanStart is not null;
    }

    /// <summary>Why the review cannot be recorded (no open plan, or problems with what was sent), or null when it can.</summary>
    public static Failure? CheckReview(CaseRecord record, ReviewInput review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(review);
        if (!HasOpenPlan(record))
        {
            return NoOpenPlan;
        }

        var problems = CheckMeeting(record, record.Reviews.Select(r => (r.PlanStart, r.HeldOn)), review.HeldOn, today, "review conference");
        if (problems.Count > 0 || review.Outcome == ReviewOutcome.ContinuePlan)
        {
            return Invalid(problems);
        }

        if (record.Reviews.Any(r => r.PlanStart == record.ProtectionPlanStart && r.HeldOn > review.HeldOn))
        {
            problems.Add(new("HeldOn", "A review conference that ends the plan cannot be earlier than one already recorded"));
        }

        if (review.Then is not (CaseStage.ChildInNeedPlan or CaseStage.Closed))
        {
            problems.Add(new("Then", "Select what follows the plan: a child in need plan, or closing the case"));
            return Invalid(problems);
        }

        problems.AddRange(StageRules.Check(record, review.EndingMove, today)
            .Select(p => p with { Field = p.Field switch { "To" => "Then", "EffectiveOn" => "HeldOn", _ => p.Field } }));
        return Invalid(problems);
    }

    /// <summary>Why the core group meeting cannot be recorded, or null when it can.</summary>
    public static Failure? CheckCoreGroup(CaseRecord record, DateOnly heldOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        return HasOpenPlan(record)
            ? Invalid(CheckMeeting(record, record.CoreGroups.Select(g => (g.PlanStart, g.HeldOn)), heldOn, today, "core group meeting"))
            : NoOpenPlan;
    }

    private static Failure.Invalid? Invalid(List<FieldError> problems) => problems.Count == 0 ? null : new Failure.Invalid(problems);

    /// <summary>Records the review on the case; one that ends the plan moves the case to what follows it.</summary>
    public static ReviewConference ApplyReview(CaseRecord record, ReviewInput review, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(review);
        var conference = new ReviewConference
        {
            CaseId = record.Id,
            PlanStart = record.ProtectionPlanStart ?? throw new InvalidOperationException("Check the review first."),
            HeldOn = review.HeldOn,
            Outcome = review.Outcome,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
        record.Reviews.Add(conference);
        if (review.Outcome == ReviewOutcome.EndPlan)
        {
            StageRules.Apply(record, review.EndingMove, recordedBy, now);
        }
        else
        {
            Touch(record, now);
        }

        return conference;
    }

    public static CoreGroupMeeting ApplyCoreGroup(CaseRecord record, DateOnly heldOn, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        var meeting = new CoreGroupMeeting
        {
            CaseId = record.Id,
            PlanStart = record.ProtectionPlanStart ?? throw new InvalidOperationException("Check the meeting first."),
            HeldOn = heldOn,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
        record.CoreGroups.Add(meeting);
        Touch(record, now);
        return meeting;
    }

    private static List<FieldError> CheckMeeting(CaseRecord record, IEnumerable<(DateOnly PlanStart, DateOnly HeldOn)> existing, DateOnly heldOn, DateOnly today, string what)
    {
        var start = record.ProtectionPlanStart!.Value;
        if (heldOn > today)
        {
            return [new("HeldOn", "The date cannot be in the future")];
        }

        if (heldOn < start)
        {
            return [new("HeldOn", $"The date must be on or after {start:d MMMM yyyy}, when the plan started")];
        }

        return existing.Contains((start, heldOn))
            ? [new("HeldOn", $"A {what} held on {heldOn:d MMMM yyyy} is already recorded")]
            : [];
    }

    private static void Touch(CaseRecord record, DateTimeOffset now)
    {
        record.UpdatedAt = now;
        record.ConcurrencyToken = Guid.NewGuid();
    }
}
