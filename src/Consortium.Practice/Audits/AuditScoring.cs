using System.Globalization;

namespace Consortium.Practice.Audits;

/// <summary>
/// The weighted score of an audit over the questions answered: yes counts 1, no 0, a scale its value out of 10, each by
/// its weight. Not applicable, unanswered and free-text questions count for nothing either way.
/// </summary>
public static class AuditScoring
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotApplicable = "na";

    public static decimal? Score(IEnumerable<AuditQuestion> questions, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        decimal earned = 0, possible = 0;
        foreach (var question in questions)
        {
            if (Fraction(question, answers) is { } fraction)
            {
                earned += fraction * question.Weight;
                possible += question.Weight;
            }
        }

        return possible == 0 ? null : Math.Round(100m * earned / possible, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Each domain's score, for the domains with at least one scored answer.</summary>
    public static IReadOnlyList<AuditDomainScore> DomainScores(AuditFramework framework, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return [.. framework.Domains
            .Select(d => (Domain: d, Score: Score(d.Questions, answers)))
            .Where(d => d.Score is not null)
            .Select(d => new AuditDomainScore { DomainKey = d.Domain.Key, DomainTitle = d.Domain.Title, Score = d.Score!.Value })];
    }

    /// <summary>The share of the question earned, or null where it does not count.</summary>
    private static decimal? Fraction(AuditQuestion question, IReadOnlyDictionary<string, string> answers)
    {
        if (!answers.TryGetValue(question.Key, out var answer) || string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        return question.Kind switch
        {
            AuditQuestionKind.YesNo when answer == Yes => 1m,
            AuditQuestionKind.YesNo when answer == No => 0m,
            AuditQuestionKind.Scale when int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 10 => value / 10m,
            _ => null,
        };
    }

    /// <summary>Whether an answer is one the question accepts (free text up to the limit).</summary>
    public static bool IsValid(AuditQuestion question, string answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        return question.Kind switch
        {
            AuditQuestionKind.YesNo => answer is Yes or No or NotApplicable,
            AuditQuestionKind.Scale => answer == NotApplicable || (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 10),
            _ => answer.Length <= AuditInput.MaxText,
        };
    }
}
