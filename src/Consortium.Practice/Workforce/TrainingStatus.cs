namespace Consortium.Practice.Workforce;

/// <summary>Where a person stands on one level of training.</summary>
public enum TrainingState
{
    /// <summary>Their role does not need the level (or they have left).</summary>
    NotRequired,

    /// <summary>They hold the level and it is current.</summary>
    Compliant,

    /// <summary>Needed and not yet held (or a refresher is coming up), and the deadline has not passed.</summary>
    Due,

    /// <summary>Needed, not held or expired, and the deadline has passed.</summary>
    Overdue,
}

/// <param name="DueBy">The deadline: end of the grace period, or when the current completion expires.</param>
/// <param name="CompletedOn">The latest completion, current or not.</param>
/// <param name="ExpiresOn">When the latest completion stops being current; null if never.</param>
public sealed record LevelStatus(string Level, TrainingState State, DateOnly? DueBy, DateOnly? CompletedOn, DateOnly? ExpiresOn);

public static class TrainingStates
{
    public static string Text(TrainingState state) => state switch
    {
        TrainingState.NotRequired => "Not required",
        TrainingState.Compliant => "Compliant",
        TrainingState.Due => "Due",
        TrainingState.Overdue => "Overdue",
        _ => state.ToString(),
    };

    /// <summary>The govuk-tag colour modifier; the text is always shown with it.</summary>
    public static string TagClass(TrainingState state) => state switch
    {
        TrainingState.Compliant => "govuk-tag--green",
        TrainingState.Due => "govuk-tag--yellow",
        TrainingState.Overdue => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
