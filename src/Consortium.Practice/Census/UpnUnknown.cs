namespace Consortium.Practice.Census;

/// <summary>Why a child's unique pupil number is not given, as the census codes it (UN1-UN7).</summary>
public sealed record UpnUnknown : CensusCode, ICodeType<UpnUnknown>
{
    private UpnUnknown(string code, string displayName)
        : base(code, displayName)
    {
    }

    /// <summary>UN7: the referral led to no further action (rule 8772 refuses it for a child with an episode that did).</summary>
    public static UpnUnknown ReferralNoFurtherAction { get; } = new("UN7", "UN7: referral with no further action");

    public static CodeList<UpnUnknown> List { get; } = new(
    [
        new("UN1", "UN1: child is not of school age and has no UPN yet"),
        new("UN2", "UN2: child has never attended a state-funded school in England"),
        new("UN3", "UN3: child is educated outside England"),
        new("UN4", "UN4: child has just started school and the UPN is not yet known"),
        new("UN5", "UN5: sources collating UPNs reflect a discrepancy"),
        new("UN6", "UN6: other reason (see the Department's code set)"),
        ReferralNoFurtherAction,
    ]);
}
