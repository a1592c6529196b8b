namespace Consortium.Practice.Programme;

/// <summary>
/// When the authority introduced its practice model, the phases of its programme and the baseline period its change is
/// measured against. Kept per authority as versioned settings; <see cref="DefaultProgrammeTimeline"/> is where each starts.
/// </summary>
public sealed class ProgrammeTimeline
{
    public const int MaxPhases = 10;
    public const int MaxPhaseName = 100;

    /// <summary>The intervention date the authority's evaluation measures from.</summary>
    public DateOnly IntroducedOn { get; set; }

    public DateOnly BaselineFrom { get; set; }

    public DateOnly BaselineTo { get; set; }

    public List<ProgrammePhase> Phases { get; set; } = [];
}

/// <summary>One phase of the programme, e.g. implementation; an open phase has no end yet.</summary>
public sealed class ProgrammePhase
{
    public string Name { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }
}
