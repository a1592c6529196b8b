using Consortium.Practice.Casework;

namespace Consortium.Practice.Census.Building;

/// <summary>A span of days a plan ran: open while <see cref="End"/> is null.</summary>
internal readonly record struct PlanSpan(DateOnly Start, DateOnly? End);

/// <summary>A section 47 enquiry: the strategy discussion before it, and how it ended (a conference, or none needed).</summary>
internal sealed record Enquiry(DateOnly Start, DateOnly? Strategy, DateOnly? Conference, DateOnly? EndedWithoutConference);

/// <summary>
/// Everything an episode ever held of what the census reports, read from its stage moves: each child in need plan and
/// child protection plan from the move that started it to the move that left it, each section 47 enquiry to its
/// initial conference or the move that ended it without one.
/// </summary>
internal sealed record EpisodeHistory(CaseRecord Case, IReadOnlyList<PlanSpan> NeedPlans, IReadOnlyList<PlanSpan> ProtectionPlans, IReadOnlyList<Enquiry> Enquiries)
{
    /// <param name="conferenceNotRequiredOn">The day a recorded section 47 outcome said no conference was needed, if it did.</param>
    public static EpisodeHistory Read(CaseRecord record, IReadOnlyList<EpisodeMove> moves, DateOnly? conferenceNotRequiredOn)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(moves);
        var needPlans = new List<PlanSpan>();
        var protectionPlans = new List<PlanSpan>();
        var enquiries = new List<Enquiry>();
        DateOnly? strategy = null;
        foreach (var move in moves)
        {
            if (move.From == CaseStage.ChildProtectionPlan && protectionPlans.Count > 0)
            {
                protectionPlans[^1] = protectionPlans[^1] with { End = move.On };
            }
            else if (move.From == CaseStage.ChildInNeedPlan && needPlans.Count > 0)
            {
                needPlans[^1] = needPlans[^1] with { End = move.On };
            }
            else if (move.From == CaseStage.Section47Enquiry && enquiries.Count > 0)
            {
                enquiries[^1] = move.To == CaseStage.InitialConference
                    ? enquiries[^1] with { Conference = move.On }
                    : enquiries[^1] with { EndedWithoutConference = move.On };
            }

            switch (move.To)
            {
                case CaseStage.StrategyDiscussion:
                    strategy = move.On;
                    break;
                case CaseStage.Section47Enquiry:
                    enquiries.Add(new Enquiry(move.On, strategy, null, null));
                    break;
                case CaseStage.ChildProtectionPlan:
                    protectionPlans.Add(new PlanSpan(move.On, null));
                    break;
                case CaseStage.ChildInNeedPlan:
                    needPlans.Add(new PlanSpan(move.On, null));
                    break;
            }
        }

        if (conferenceNotRequiredOn is { } decided && enquiries.Count > 0 && enquiries[^1] is { Conference: null, EndedWithoutConference: null } last)
        {
            enquiries[^1] = last with { EndedWithoutConference = decided };
        }

        return new EpisodeHistory(record, needPlans, protectionPlans, enquiries);
    }
}
