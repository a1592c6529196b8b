namespace Consortium.Practice.Census;

/// <summary>A child's sex as the census codes it.</summary>
public sealed record Sex : CensusCode, ICodeType<Sex>
{
    private Sex(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>0: Not known.</summary>
    public static Sex NotKnown { get; } = new("0", "Not known");

    public static CodeList<Sex> List { get; } = new(
    [
        new("1", "Male"),
        new("2", "Female"),
        NotKnown,
        new("9", "Indeterminate"),
    ]);
}
