namespace Consortium.Practice.Casework;

/// <summary>The outcome of a change to casework: done, refused with problems, or refused because someone else changed it first.</summary>
public sealed record CaseResult(CaseRecord? Case, IReadOnlyList<(string Field, string Message)> Problems, IReadOnlyList<string>? TheirChanges = null)
{
    public bool Succeeded => Case is not null;

    public bool IsConflict => TheirChanges is not null;

    public static CaseResult Done(CaseRecord record) => new(record, []);

    public static CaseResult Refused(IReadOnlyList<(string, string)> problems) => new(null, problems);

    public static CaseResult Conflict(IReadOnlyList<string> theirChanges) =>
        new(null, [(string.Empty, "Someone else changed this case while you were working on it")], theirChanges);
}

/// <summary>What opening a child's record found: the record, that it is restricted, or nothing.</summary>
public sealed record ChildOpening(Child? Child, IReadOnlyList<CaseRecord> Cases, bool IsRestricted)
{
    public static readonly ChildOpening NotFound = new(null, [], false);

    public bool Exists => Child is not null || IsRestricted;
}
