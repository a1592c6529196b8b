using System.Globalization;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.SelfAssessment;

/// <summary>A quarter's self-assessment as sent: the quarter ("2026-27 Q3") and each element's rating (still text) and evidence.</summary>
public sealed record SelfAssessmentInput(string? Quarter, IReadOnlyDictionary<ImplementationElement, ElementRatingInput> Elements)
{
    public static string RatingField(ImplementationElement element) => $"Rating-{element}";

    public static string EvidenceField(ImplementationElement element) => $"Evidence-{element}";

    /// <summary>The problems, field by field, or none with the quarter's first day and each element's rating.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today, out DateOnly quarterStart, out IReadOnlyDictionary<ImplementationElement, int> ratings)
    {
        ArgumentNullException.ThrowIfNull(Elements);
        var problems = new List<FieldError>();
        quarterStart = default;
        if (!ReportingQuarter.TryParse(Quarter, out var start))
        {
            problems.Add(new(nameof(Quarter), "Choose the quarter, such as 2026-27 Q3"));
        }
        else if (start > today)
        {
            problems.Add(new(nameof(Quarter), $"{ReportingQuarter.Key(start)} has not started yet: rate a quarter that has started"));
        }
        else
        {
            quarterStart = start;
        }

        var parsed = new Dictionary<ImplementationElement, int>();
        foreach (var element in ImplementationElements.All)
        {
            var name = ImplementationElements.Name(element);
            var given = Elements.GetValueOrDefault(element);
            if (!int.TryParse(given?.Rating, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) || rating is < 0 or > 10)
            {
                problems.Add(new(RatingField(element), $"Rate {name.ToLowerInvariant()} from 0 to 10"));
            }
            else
            {
                parsed[element] = rating;
            }

            var evidence = given?.Evidence?.Trim() ?? "";
            if (evidence.Length == 0)
            {
                problems.Add(new(EvidenceField(element), $"Give the evidence for the rating of {name.ToLowerInvariant()}"));
            }
            else if (evidence.Length > SelfAssessmentRating.MaxEvidence)
            {
                problems.Add(new(EvidenceField(element), $"The evidence for {name.ToLowerInvariant()} must be {SelfAssessmentRating.MaxEvidence} characters or fewer"));
            }
        }

        ratings = parsed;
        return problems;
    }
}

/// <summary>One element as sent: its rating (0-10, as text until checked) and the evidence for it.</summary>
public sealed record ElementRatingInput(string? Rating, string? Evidence);
