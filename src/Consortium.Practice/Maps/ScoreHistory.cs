namespace Consortium.Practice.Maps;

/// <summary>
/// How each person's overall score moved across a case's saved map versions, and the mean of the scores on each. A
/// person is a name with a role (the same person may score as a mother and as a carer); a version they did not score is null.
/// </summary>
public sealed record ScoreHistory(IReadOnlyList<(int Version, DateOnly MapDate)> Versions, IReadOnlyList<ScoreHistory.Person> People)
{
    public sealed record Person(string Name, string Role, IReadOnlyList<int?> Scores);

    public IReadOnlyList<decimal?> Means => [.. Versions.Select((_, i) =>
        People.Select(p => p.Scores[i]).OfType<int>().ToList() is { Count: > 0 } scores ? Math.Round((decimal)scores.Average(), 1) : (decimal?)null)];

    public bool IsEmpty => People.Count == 0;
}
