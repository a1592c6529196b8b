using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Consortium.Web.Pages.Admin;

/// <summary>
/// The framework form's fields that could not be read as what they hold (words where a whole number belongs, an answer
/// type that is not one of the list), each as the error the summary shows at its field. Without this they bind as 0
/// and the person is told the number is out of range. Only a value that was typed counts: an empty optional field
/// fails the implicit required check of a non-nullable string, which is not the person's mistake.
/// </summary>
internal static partial class AuditFrameworkNumbers
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Framework.SamplePerTeam"] = "Cases sampled per team each month",
        ["Framework.DueDays"] = "Days to complete an audit",
        ["Framework.ModerationPercent"] = "The share of other audits moderated",
        ["Framework.GoodOrBetterUpTo"] = "The last grade that counts as good or better",
    };

    public static IReadOnlyList<FormError> Unreadable(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = new List<FormError>();
        foreach (var key in modelState.Where(e => e.Value is { ValidationState: ModelValidationState.Invalid, AttemptedValue.Length: > 0 }).Select(e => e.Key).Order(StringComparer.Ordinal))
        {
            if (Settings.TryGetValue(key, out var label))
            {
                errors.Add(new(key["Framework.".Length..], $"{label} must be a whole number"));
            }
            else if (QuestionField().Match(key) is { Success: true } q)
            {
                var (d, n, field) = (int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture), q.Groups[3].Value);
                errors.Add(new($"Domains-{d}-Questions-{n}-{field}", field == "Weight"
                    ? $"The weight of question {n + 1} of domain {d + 1} must be a whole number"
                    : $"Choose an answer type for question {n + 1} of domain {d + 1} from the list"));
            }
            else if (NewQuestionField().Match(key) is { Success: true } added)
            {
                var d = int.Parse(added.Groups[1].Value, CultureInfo.InvariantCulture);
                errors.Add(new($"NewQuestions-{d}-{added.Groups[2].Value}", added.Groups[2].Value == "Weight"
                    ? $"The weight of the question added to domain {d + 1} must be a whole number"
                    : $"Choose an answer type for the question added to domain {d + 1} from the list"));
            }
            else if (key == "NewDomain.QuestionKind")
            {
                errors.Add(new("NewDomain-QuestionKind", "Choose an answer type for the new domain's first question from the list"));
            }
            else
            {
                errors.Add(new(null, "Part of the form could not be read. Reload the page, enter your changes again and save."));
            }
        }

        return [.. errors.DistinctBy(e => e.Message)];
    }

    /// <summary>What the person typed in a field that could not be read, to show it back to them.</summary>
    public static string? Typed(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.ValidationState == ModelValidationState.Invalid ? entry.AttemptedValue : null;

    [GeneratedRegex(@"^Framework\.Domains\[(\d+)\]\.Questions\[(\d+)\]\.(Weight|Kind)$")]
    private static partial Regex QuestionField();

    [GeneratedRegex(@"^NewQuestions\[(\d+)\]\.(Weight|Kind)$")]
    private static partial Regex NewQuestionField();
}
