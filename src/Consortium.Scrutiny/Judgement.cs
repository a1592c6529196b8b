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
    public string RatingText => Rating switch
    {
        Rating.Red => "Red",
        Rating.Amber => "Amber",
        Rating.Green => "Green",
        _ => "Not judged",
    };
}
