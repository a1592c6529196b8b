using System.Globalization;

namespace Consortium.Web.Pages.Goals;

/// <summary>The 0 to 10 scale a family rates its goals on, as a form's choices.</summary>
internal static class GoalScores
{
    public static IReadOnlyDictionary<string, string> Options { get; } =
        Enumerable.Range(0, 11).ToDictionary(s => s.ToString(CultureInfo.InvariantCulture), s => s switch
        {
            0 => "0 - nowhere near the goal",
            10 => "10 - the goal is reached",
            _ => s.ToString(CultureInfo.InvariantCulture),
        });

    public static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;
}
