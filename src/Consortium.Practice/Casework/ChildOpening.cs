namespace Consortium.Practice.Casework;

/// <summary>What opening a child's record found: the record, that it is restricted, or nothing.</summary>
public sealed record ChildOpening(Child? Child, IReadOnlyList<CaseRecord> Cases, bool IsRestricted)
{
    public static readonly ChildOpening NotFound = new(null, [], false);

    public bool Exists => Child is not null || IsRestricted;
}
