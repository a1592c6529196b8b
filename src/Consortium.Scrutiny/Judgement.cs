namespace Consortium.Scrutiny;

/// <summary>A red, amber or green judgement, or none where there is nothing to judge on.</summary>
public enum Rating
{
    NotJudged,
    Red,
    Amber,
    Green,
}

/// <summary>One intention's judgement: the rating, why (the figures it rests on) and the rule that turned them into it.</summary>
public sealed record Judgement(string Intention, Rating Rating, string Reason, string Rule)
{
    /// <summary>The board's judgement where it overrode the rule's for the period, with its note and who recorded it.</summary>
    public Board.JudgementOverride? Board { get; init; }

    /// <summary>The judgement the report stands by: the board's where it gave one, else the rule's.</summary>
    public Rating Final => Board?.Rating ?? Rating;

    public string RatingText => Text(Rating);

    public string FinalText => Text(Final);

    /// <summary>The board's judgement in a sentence, or null where the rule's stands.</summary>
    public string? BoardSentence => Board is { } board
        ? $"The board judged this {Text(board.Rating).ToLowerInvariant()} where the rule gave {Text(Rating).ToLowerInvariant()}: {board.Note} (recorded by {board.By} on {RagRules.Day(board.On)})."
        : null;

    public static string Text(Rating rating) => rating switch
    {
        Rating.Red => "Red",
        Rating.Amber => "Amber",
        Rating.Green => "Green",
        _ => "Not judged",
    };
}
