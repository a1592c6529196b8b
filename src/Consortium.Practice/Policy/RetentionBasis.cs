namespace Consortium.Practice.Policy;

public enum RetentionBasis
{
    /// <summary>Kept until this many years after the case closed.</summary>
    YearsAfterClosure,

    /// <summary>Kept until the child's birthday at this age.</summary>
    UntilAge,
}
