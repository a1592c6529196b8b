using System.Globalization;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Programme;

/// <summary>The rules a timeline keeps: real dates in range, a baseline before the introduction, phases in order without overlap.</summary>
public static class ProgrammeTimelineValidator
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static IReadOnlyList<FieldError> Validate(ProgrammeTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var errors = new List<FieldError>();
        InRange(errors, nameof(ProgrammeTimeline.IntroducedOn), "The date the practice model was introduced", timeline.IntroducedOn);
        InRange(errors, nameof(ProgrammeTimeline.BaselineFrom), "The start of the baseline", timeline.BaselineFrom);
        InRange(errors, nameof(ProgrammeTimeline.BaselineTo), "The end of the baseline", timeline.BaselineTo);
        if (timeline.BaselineTo < timeline.BaselineFrom)
        {
            errors.Add(new(nameof(ProgrammeTimeline.BaselineTo), "The end of the baseline must be on or after its start"));
        }
        else if (timeline.BaselineTo >= timeline.IntroducedOn)
        {
            errors.Add(new(nameof(ProgrammeTimeline.BaselineTo), $"The baseline must end before the practice model was introduced ({Day(timeline.IntroducedOn)})"));
        }

        if (timeline.Phases.Count > ProgrammeTimeline.MaxPhases)
        {
            errors.Add(new("Phases", $"Enter at most {ProgrammeTimeline.MaxPhases} phases"));
        }

        for (var i = 0; i < timeline.Phases.Count; i++)
        {
            var phase = timeline.Phases[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(phase.Name) || phase.Name.Length > ProgrammeTimeline.MaxPhaseName)
            {
                errors.Add(new($"Phases.{i}.Name", $"Enter a name of up to {ProgrammeTimeline.MaxPhaseName} characters for phase {number}"));
            }

            InRange(errors, $"Phases.{i}.Start", $"The start of phase {number}", phase.Start);
            if (phase.Start < timeline.IntroducedOn)
            {
                errors.Add(new($"Phases.{i}.Start", $"Phase {number} must start on or after the practice model was introduced ({Day(timeline.IntroducedOn)})"));
            }

            if (phase.End is { } end && end < phase.Start)
            {
                errors.Add(new($"Phases.{i}.End", $"The end of phase {number} must be on or after its start"));
            }

            if (i > 0 && timeline.Phases[i - 1] is var previous && (previous.End is not { } previousEnd || phase.Start <= previousEnd))
            {
                errors.Add(new($"Phases.{i}.Start", previous.End is null
                    ? $"Phase {i} has no end, so phase {number} cannot follow it: give phase {i} an end"
                    : $"Phase {number} must start after phase {i} ends ({Day(previous.End.Value)})"));
            }
        }

        return errors;
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static void InRange(List<FieldError> errors, string field, string what, DateOnly date)
    {
        if (date < Earliest || date > Latest)
        {
            errors.Add(new(field, $"{what} must be between {Earliest.Year} and {Latest.Year}"));
        }
    }
}
