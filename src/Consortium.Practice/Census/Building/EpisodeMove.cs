using Consortium.Practice.Casework;

namespace Consortium.Practice.Census.Building;

/// <summary>One move of an episode from a stage to another, as the census reads the history.</summary>
internal sealed record EpisodeMove(CaseStage From, CaseStage To, DateOnly On)
{
    /// <summary>
    /// The moves of an episode recorded before its stage history was kept: rebuilt from the dates the case holds, in
    /// the order of the statutory stages.
    /// </summary>
    public static IReadOnlyList<EpisodeMove> FromDates(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        (CaseStage Stage, DateOnly? On)[] dated =
        [
            (CaseStage.Assessment, record.AssessmentStart),
            (CaseStage.StrategyDiscussion, record.StrategyDiscussion),
            (CaseStage.Section47Enquiry, record.Section47Start),
            (CaseStage.InitialConference, record.InitialConference),
            (CaseStage.ChildProtectionPlan, record.ProtectionPlanStart),
            (CaseStage.ChildInNeedPlan, record.NeedPlanStart),
            (CaseStage.Closed, record.ClosedOn),
        ];
        var moves = new List<EpisodeMove>();
        var from = CaseStage.Referral;
        foreach (var (stage, on) in dated.Where(d => d.On is not null).OrderBy(d => d.On))
        {
            moves.Add(new EpisodeMove(from, stage, on!.Value));
            from = stage;
        }

        return moves;
    }
}
