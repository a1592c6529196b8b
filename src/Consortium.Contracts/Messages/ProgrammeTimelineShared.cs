namespace Consortium.Contracts.Messages;

/// <summary>
/// An authority's programme timeline: when it introduced the practice model, its baseline period and the phases of its
/// programme, so the hub can evaluate each member from its own date. Dates only: the phases' names are the authority's
/// free text and stay with it, as does who changed the timeline. A higher version replaces a lower one.
/// </summary>
public sealed record ProgrammeTimelineShared
{
    public required AuthorityCode Authority { get; init; }

    public required int Version { get; init; }

    public required DateOnly IntroducedOn { get; init; }

    public required DateOnly BaselineFrom { get; init; }

    public required DateOnly BaselineTo { get; init; }

    public required IReadOnlyList<ProgrammePhaseShared> Phases { get; init; }
}

/// <summary>One phase of a programme by its number (1 first); no end while it goes on.</summary>
public sealed record ProgrammePhaseShared(int Number, DateOnly Start, DateOnly? End);
