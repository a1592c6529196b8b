using Consortium.Evaluation;
using Consortium.Hub.Evaluation;
using Consortium.Practice.Programme;

namespace Consortium.Web.Pages.Evaluation;

/// <summary>
/// The windows an evaluation starts with, from the programme timeline, in years ending 31 March: before is the years the
/// baseline covers; after is the three years from the one the first phase (the implementation) ends in, or from two years
/// after the introduction when no phase has ended. Both are kept within the published years.
/// </summary>
public static class EvaluationWindows
{
    public static (Window Before, Window After) Defaults(ProgrammeTimeline timeline, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(years);
        int Clamp(int year) => Math.Clamp(year, years[0], years[^1]);
        var before = new Window(Clamp(AuthorityEvaluation.YearEnding(timeline.BaselineFrom)), Clamp(AuthorityEvaluation.YearEnding(timeline.BaselineTo)));
        var afterFrom = timeline.Phases.FirstOrDefault()?.End is { } implemented
            ? AuthorityEvaluation.YearEnding(implemented)
            : AuthorityEvaluation.YearEnding(timeline.IntroducedOn) + 2;
        return (before, new Window(Clamp(afterFrom), Clamp(afterFrom + 2)));
    }
}
