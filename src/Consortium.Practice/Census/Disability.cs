namespace Consortium.Practice.Census;

/// <summary>A child's disability as the census codes it. None (NONE) stands alone.</summary>
public sealed record Disability : CensusCode, ICodeType<Disability>
{
    private Disability(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>NONE: No disability.</summary>
    public static Disability None { get; } = new("NONE", "No disability");

    public static CodeList<Disability> List { get; } = new(
    [
        None,
        new("MOB", "Mobility"),
        new("HAND", "Hand function"),
        new("PC", "Personal care"),
        new("INC", "Incontinence"),
        new("COMM", "Communication"),
        new("LD", "Learning"),
        new("HEAR", "Hearing"),
        new("VIS", "Vision"),
        new("BEH", "Behaviour"),
        new("CON", "Consciousness"),
        new("AUT", "Autism or Asperger syndrome"),
        new("DDA", "Other disability under the Equality Act"),
    ]);
}
