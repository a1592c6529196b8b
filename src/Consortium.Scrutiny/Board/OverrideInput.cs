using Consortium.Contracts;
using Consortium.Practice.Outcomes;

namespace Consortium.Scrutiny.Board;

/// <summary>
/// The board's judgement of a section for a period as sent: the rating (Red, Amber or Green, or "Rule" to go back to the
/// rule's judgement) and the note saying why, required with a rating.
/// </summary>
public sealed record OverrideInput(string? Period, string? Section, string? Rating, string? Note)
{
    public const string UseTheRule = "Rule";

    /// <summary>The sections with a judgement the board can override, with the intention each judges.</summary>
    public static IReadOnlyDictionary<string, string> Sections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["policy"] = RagRules.PolicyIntention,
        ["quality"] = RagRules.QualityIntention,
        ["workforce"] = RagRules.WorkforceIntention,
        ["outcomes"] = RagRules.OutcomesIntention,
        ["voice"] = RagRules.VoiceIntention,
    };

    public static IReadOnlyList<Rating> Ratings { get; } = [Scrutiny.Rating.Red, Scrutiny.Rating.Amber, Scrutiny.Rating.Green];

    /// <summary>The problems field by field; none gives the rating, or null for going back to the rule.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today, out Rating? rating)
    {
        rating = null;
        var problems = new List<FieldError>();
        if (Rating == UseTheRule)
        {
            problems.AddRange(Check(Period, Section, Scrutiny.Rating.Green, "-").Where(p => p.Field is nameof(Period) or nameof(Section)));
        }
        else
        {
            var parsed = Enum.TryParse<Rating>(Rating, ignoreCase: false, out var r) && Ratings.Contains(r) ? r : (Rating?)null;
            problems.AddRange(Check(Period, Section, parsed ?? Scrutiny.Rating.NotJudged, Note));
            rating = parsed;
        }

        if (ReportingPeriod.TryParse(Period, out var period) && period.Start > today)
        {
            problems.Add(new(nameof(Period), "The period must have begun"));
        }

        return problems;
    }

    internal static IEnumerable<FieldError> Check(string? period, string? section, Rating rating, string? note)
    {
        if (!ReportingPeriod.TryParse(period, out var parsed) || parsed.Kind == PeriodKind.Month)
        {
            yield return new(nameof(Period), "Choose a reporting year or quarter");
        }

        if (section is null || !Sections.ContainsKey(section))
        {
            yield return new(nameof(Section), "Choose a section with a judgement");
        }

        if (!Ratings.Contains(rating))
        {
            yield return new(nameof(Rating), "Choose the board's judgement: red, amber or green, or the rule's judgement");
        }

        var text = note?.Trim() ?? "";
        if (text.Length == 0)
        {
            yield return new(nameof(Note), "Say why the board judges differently from the rule");
        }
        else if (text.Length > JudgementOverride.MaxNote)
        {
            yield return new(nameof(Note), $"The note must be {JudgementOverride.MaxNote} characters or fewer");
        }
    }
}
