namespace Consortium.Practice.Census.Validation;

/// <summary>One failure of a rule: the rule, and the child (by LA child ID) and the episode (0-based, when the rule is about one) to correct.</summary>
public sealed record CensusFailure(CensusRule Rule, string? LaChildId, int? Episode);

/// <summary>
/// One of the Department's validation rules, with its code and message as the Department words them. A code ending
/// in Q is a query (fix or explain); any other is an error (fix before the return is accepted).
/// </summary>
public sealed record CensusRule(string Code, string Message, Func<CensusFile, CensusChild, IEnumerable<int?>>? PerChild = null, Func<CensusFile, bool>? PerFile = null)
{
    public bool IsQuery => Code.EndsWith('Q');

    /// <summary>The rule's failures over the whole file.</summary>
    public IEnumerable<CensusFailure> Check(CensusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (PerFile is not null && PerFile(file))
        {
            yield return new CensusFailure(this, null, null);
        }

        if (PerChild is null)
        {
            yield break;
        }

        foreach (var child in file.Children)
        {
            foreach (var episode in PerChild(file, child))
            {
                yield return new CensusFailure(this, child.LaChildId, episode);
            }
        }
    }
}
