using System.Text.RegularExpressions;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Audits;

/// <summary>What makes a framework usable: named domains and questions with unique keys, weights in range, a grade scale.</summary>
public static partial class AuditFrameworkValidator
{
    public const int MaxText = 500;

    public static IReadOnlyList<FieldError> Validate(AuditFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(framework.Name) || framework.Name.Length > 200)
        {
            errors.Add(new("Name", "Enter a name for the framework, up to 200 characters"));
        }

        if (framework.Domains.Count == 0)
        {
            errors.Add(new("Domains", "Add at least one domain"));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < framework.Domains.Count; d++)
        {
            var domain = framework.Domains[d];
            if (string.IsNullOrWhiteSpace(domain.Title) || domain.Title.Length > 200)
            {
                errors.Add(new($"Domains-{d}-Title", $"Enter a title for domain {d + 1}, up to 200 characters"));
            }

            if (!IsKey(domain.Key) || !keys.Add("domain:" + domain.Key))
            {
                errors.Add(new($"Domains-{d}-Key", $"Domain {d + 1} needs a unique key of lower-case letters, digits and hyphens"));
            }

            if (domain.Questions.Count == 0)
            {
                errors.Add(new($"Domains-{d}-Questions", $"Add at least one question to domain {d + 1}"));
            }

            for (var q = 0; q < domain.Questions.Count; q++)
            {
                var question = domain.Questions[q];
                var field = $"Domains-{d}-Questions-{q}";
                if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > MaxText)
                {
                    errors.Add(new($"{field}-Text", $"Enter question {q + 1} of domain {d + 1}, up to {MaxText} characters"));
                }

                if (!IsKey(question.Key) || !keys.Add(question.Key))
                {
                    errors.Add(new($"{field}-Key", $"Question {q + 1} of domain {d + 1} needs a key of lower-case letters, digits and hyphens, unique in the framework"));
                }

                if (question.Kind != AuditQuestionKind.Text && question.Weight is < 1 or > 10)
                {
                    errors.Add(new($"{field}-Weight", $"The weight of question {q + 1} of domain {d + 1} must be from 1 to 10"));
                }

                if (question.Kind == AuditQuestionKind.Scale && (string.IsNullOrWhiteSpace(question.ZeroMeans) || string.IsNullOrWhiteSpace(question.TenMeans)))
                {
                    errors.Add(new($"{field}-Anchors", $"Say what 0 and 10 mean for question {q + 1} of domain {d + 1}"));
                }
            }
        }

        if (framework.Grades.Count is < 2 or > 10
            || framework.Grades.Select(g => g.Value).Order().SequenceEqual(Enumerable.Range(1, framework.Grades.Count)) is false
            || framework.Grades.Any(g => string.IsNullOrWhiteSpace(g.Label)))
        {
            errors.Add(new("Grades", "Give 2 to 10 grades numbered from 1 (the best), each with a label"));
        }
        else if (framework.GoodOrBetterUpTo < 1 || framework.GoodOrBetterUpTo >= framework.Grades.Count)
        {
            errors.Add(new("GoodOrBetterUpTo", "Good or better must end at a grade above the worst"));
        }

        if (framework.ModerationPercent is < 0 or > 100)
        {
            errors.Add(new("ModerationPercent", "The share moderated must be from 0 to 100 per cent"));
        }

        if (framework.SamplePerTeam is < 1 or > 100)
        {
            errors.Add(new("SamplePerTeam", "Cases sampled per team must be from 1 to 100"));
        }

        if (framework.DueDays is < 1 or > 90)
        {
            errors.Add(new("DueDays", "Days to complete an audit must be from 1 to 90"));
        }

        return errors;
    }

    private static bool IsKey(string? key) => key is { Length: > 0 and <= 60 } && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
