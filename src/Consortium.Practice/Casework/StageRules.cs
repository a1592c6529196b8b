using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>
/// Which stages follow which (Working Together), and what each move needs. A refused move says why and,
/// where it helps, what the case can move to instead.
/// </summary>
public static class StageRules
{
    private static readonly Dictionary<CaseStage, CaseStage[]> Next = new()
    {
        [CaseStage.Referral] = [CaseStage.Assessment, CaseStage.StrategyDiscussion, CaseStage.Closed],
        [CaseStage.Assessment] = [CaseStage.StrategyDiscussion, CaseStage.ChildInNeedPlan, CaseStage.Closed],
        [CaseStage.StrategyDiscussion] = [CaseStage.Section47Enquiry, CaseStage.Assessment, CaseStage.ChildInNeedPlan, CaseStage.Closed],
        [CaseStage.Section47Enquiry] = [CaseStage.InitialConference, CaseStage.ChildInNeedPlan, CaseStage.Closed],
        [CaseStage.InitialConference] = [CaseStage.ChildProtectionPlan, CaseStage.ChildInNeedPlan, CaseStage.Closed],
        [CaseStage.ChildProtectionPlan] = [CaseStage.ChildInNeedPlan, CaseStage.Closed],
        [CaseStage.ChildInNeedPlan] = [CaseStage.StrategyDiscussion, CaseStage.Closed],
        [CaseStage.Closed] = [],
    };

    public const int MaxAssessmentFactors = 20;

    public static IReadOnlyList<CaseStage> NextStages(CaseStage from) => Next[from];

    /// <summary>Whether moving the case to <paramref name="to"/> authorises its single assessment (so the factors found must be recorded).</summary>
    public static bool AuthorisesAssessment(CaseRecord record, CaseStage to)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stage == CaseStage.Assessment && record.AssessmentAuthorised is null && to is CaseStage.ChildInNeedPlan or CaseStage.Closed or CaseStage.StrategyDiscussion;
    }

    /// <summary>
    /// Whether the move needs a team manager's authorisation: completing the single assessment, and the steps to a
    /// child in need plan or to closure. (A child protection plan follows a conference's decision, not a manager's.)
    /// </summary>
    public static bool NeedsAuthorisation(CaseRecord record, CaseStage to)
    {
        ArgumentNullException.ThrowIfNull(record);
        return AuthorisesAssessment(record, to) || to is CaseStage.ChildInNeedPlan or CaseStage.Closed;
    }

    /// <summary>A team manager authorises by making the move, unless the case is their own: nobody authorises their own work.</summary>
    public static bool MayAuthorise(StaffMember who, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(record);
        return who.Has(Access.StaffRole.TeamManager) && !string.Equals(who.Subject, record.WorkerSubject, StringComparison.Ordinal);
    }

    /// <summary>The problems with the move, as (field, message); empty when it may happen.</summary>
    public static IReadOnlyList<FieldError> Check(CaseRecord record, StageTransition move, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(move);
        var problems = new List<FieldError>();
        if (!Next[record.Stage].Contains(move.To))
        {
            var options = Next[record.Stage].Select(CaseStages.DisplayName).ToList();
            problems.Add(new("To", options.Count == 0
                ? "A closed case cannot move to another stage. Record a new referral instead"
                : $"A case at {CaseStages.DisplayName(record.Stage).ToLowerInvariant()} cannot move to {CaseStages.DisplayName(move.To).ToLowerInvariant()}. It can move to: {string.Join(", ", options).ToLowerInvariant()}"));
            return problems;
        }

        if (move.EffectiveOn > today)
        {
            problems.Add(new("EffectiveOn", "The date cannot be in the future"));
        }
        else if (move.EffectiveOn < record.StageSince)
        {
            problems.Add(new("EffectiveOn", $"The date must be on or after {record.StageSince:d MMMM yyyy}, when the current stage began"));
        }

        if (move.To == CaseStage.ChildProtectionPlan && !Census.CategoryOfAbuse.List.TryParse(move.CategoryOfAbuse, out _))
        {
            problems.Add(new("CategoryOfAbuse", "Select the category of abuse"));
        }

        if (move.To == CaseStage.Closed && !Census.ClosureReason.List.TryParse(move.ClosureReason, out _))
        {
            problems.Add(new("ClosureReason", "Select the reason the case is closing"));
        }

        if (AuthorisesAssessment(record, move.To))
        {
            var factors = move.AssessmentFactors ?? [];
            var problem = factors.Count == 0
                ? "Select the factors identified at the end of the assessment, or 'No factors identified'"
                : AssessmentFactor.List.CheckSet([.. factors], AssessmentFactor.NoneIdentified, MaxAssessmentFactors, "assessment factors");
            if (problem is not null)
            {
                problems.Add(new("AssessmentFactors", problem));
            }
        }

        return problems;
    }

    /// <summary>Records the move on the case: its stage, the date that stage's statutory field holds, and its history.</summary>
    public static void Apply(CaseRecord record, StageTransition move, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(move);
        var on = move.EffectiveOn;
        if (AuthorisesAssessment(record, move.To))
        {
            record.AssessmentAuthorised = on;
            record.AssessmentFactors = [.. (move.AssessmentFactors ?? []).Select(AssessmentFactor.List.FromStored)];
        }

        if (record.Stage == CaseStage.ChildProtectionPlan)
        {
            record.ProtectionPlanEnd = on;
        }

        switch (move.To)
        {
            case CaseStage.Assessment:
                record.AssessmentStart ??= on;
                break;
            case CaseStage.StrategyDiscussion:
                record.StrategyDiscussion = on;
                break;
            case CaseStage.Section47Enquiry:
                record.Section47Start = on;
                break;
            case CaseStage.InitialConference:
                record.InitialConference = on;
                break;
            case CaseStage.ChildProtectionPlan:
                record.ProtectionPlanStart = on;
                record.ProtectionPlanEnd = null;
                record.CategoryOfAbuse = Census.CategoryOfAbuse.List.FromStored(move.CategoryOfAbuse!);
                break;
            case CaseStage.ChildInNeedPlan:
                record.NeedPlanStart = on;
                break;
            case CaseStage.Closed:
                record.ClosedOn = on;
                record.ClosureReason = Census.ClosureReason.List.FromStored(move.ClosureReason!);
                break;
        }

        record.History.Add(new StageChange { CaseId = record.Id, From = record.Stage, To = move.To, EffectiveOn = on, RecordedBy = recordedBy, RecordedAt = now });
        record.Stage = move.To;
        record.UpdatedAt = now;
        record.ConcurrencyToken = Guid.NewGuid();
    }
}
