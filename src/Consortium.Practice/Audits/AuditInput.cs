using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Audits;

/// <summary>What an auditor records to complete an audit: answers, grade, the practitioner conversation and the family's feedback.</summary>
public sealed class AuditInput
{
    public const int MaxText = 4000;

    public Dictionary<string, string> Answers { get; set; } = [];
    public int? Grade { get; set; }
    public string? Summary { get; set; }

    public DateOnly? ConversationOn { get; set; }
    public List<Guid> ConversationStaff { get; set; } = [];
    public int? PractitionerRating { get; set; }
    public int? AuditorRating { get; set; }
    public string? WorkingWell { get; set; }
    public string? Worries { get; set; }
    public string? NeedsToHappen { get; set; }

    public bool FamilyAsked { get; set; }
    public int? FamilyExplained { get; set; }
    public int? FamilyListened { get; set; }
    public int? FamilyPlanSafe { get; set; }
    public string? FamilyWords { get; set; }

    /// <summary>A safeguarding concern found in the audit; the case's team manager is told at once.</summary>
    public string? Concern { get; set; }

    public IReadOnlyList<FieldError> Validate(AuditFramework framework, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var errors = new List<FieldError>();
        var questions = framework.Questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
        foreach (var (key, answer) in Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
        {
            if (!questions.TryGetValue(key, out var question))
            {
                errors.Add(new("Answers", $"'{Clip(key)}' is not a question of this framework"));
            }
            else if (!AuditScoring.IsValid(question, answer.Trim()))
            {
                errors.Add(new($"Answers-{key}", question.Kind switch
                {
                    AuditQuestionKind.YesNo => $"Answer yes, no or not applicable: {question.Text}",
                    AuditQuestionKind.Scale => $"Give a number from 0 to 10, or not applicable: {question.Text}",
                    _ => $"Write up to {MaxText} characters: {question.Text}",
                }));
            }
        }

        if (AuditScoring.Score(framework.Questions, Trimmed()) is null)
        {
            errors.Add(new("Answers", "Answer at least one scored question"));
        }

        if (Grade is not { } grade || framework.Grade(grade) is null)
        {
            errors.Add(new("Grade", "Choose the overall grade"));
        }

        if (ConversationOn is { } on)
        {
            if (on > today)
            {
                errors.Add(new("ConversationOn", "The conversation with the practitioner must be today or in the past"));
            }

            if (ConversationStaff.Count == 0)
            {
                errors.Add(new("ConversationStaff", "Choose who took part in the conversation"));
            }

            Rating(errors, "PractitionerRating", PractitionerRating, "The practitioner's rating", required: true);
            Rating(errors, "AuditorRating", AuditorRating, "Your rating", required: true);
        }
        else if (ConversationStaff.Count > 0 || PractitionerRating is not null || !string.IsNullOrWhiteSpace(WorkingWell) || !string.IsNullOrWhiteSpace(Worries) || !string.IsNullOrWhiteSpace(NeedsToHappen))
        {
            errors.Add(new("ConversationOn", "Enter the date of the conversation with the practitioner"));
        }

        if (FamilyAsked)
        {
            Rating(errors, "FamilyExplained", FamilyExplained, "How well the worries were explained", required: false);
            Rating(errors, "FamilyListened", FamilyListened, "How well the family was listened to", required: false);
            Rating(errors, "FamilyPlanSafe", FamilyPlanSafe, "How safe the plan keeps the child", required: false);
            if (FamilyExplained is null && FamilyListened is null && FamilyPlanSafe is null && string.IsNullOrWhiteSpace(FamilyWords))
            {
                errors.Add(new("FamilyWords", "Record what the family said, or say the family was not asked"));
            }
        }

        foreach (var (field, text) in new[] { ("Summary", Summary), ("WorkingWell", WorkingWell), ("Worries", Worries), ("NeedsToHappen", NeedsToHappen), ("FamilyWords", FamilyWords), ("Concern", Concern) })
        {
            if (text is { Length: > MaxText })
            {
                errors.Add(new(field, $"Write up to {MaxText} characters"));
            }
        }

        return errors;
    }

    public IReadOnlyDictionary<string, string> Trimmed() =>
        Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.Ordinal);

    private static void Rating(List<FieldError> errors, string field, int? value, string what, bool required)
    {
        if (value is null ? required : value is < 0 or > 10)
        {
            errors.Add(new(field, $"{what} must be a number from 0 to 10"));
        }
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] : text;
}
