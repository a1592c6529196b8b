using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A case's referral as the front door took it: the reason and who made it. The referrer's name and contact are
/// personal data that stay in the authority: no read model row, indicator, hub message or log line carries them.
/// Absent on cases recorded before referral details were kept.
/// </summary>
public sealed class ReferralDetails : ITenantOwned
{
    public Guid CaseId { get; set; }
    public string TenantId { get; set; } = "";
    public string Reason { get; set; } = "";
    public bool ReferrerAnonymous { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerAgency { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ReferrerEmail { get; set; }

    /// <summary>The details of a referral <see cref="ReferralParticulars.Validate"/> accepted.</summary>
    public static ReferralDetails From(IReferralParticulars particulars)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        return new ReferralDetails
        {
            Reason = particulars.Reason!.Trim(),
            ReferrerAnonymous = particulars.ReferrerAnonymous,
            ReferrerName = ReferralParticulars.Clean(particulars.ReferrerName),
            ReferrerAgency = ReferralParticulars.Clean(particulars.ReferrerAgency),
            ReferrerPhone = ReferralParticulars.Clean(particulars.ReferrerPhone),
            ReferrerEmail = ReferralParticulars.Clean(particulars.ReferrerEmail),
        };
    }

    /// <summary>How the referrer is shown to those who may open the record.</summary>
    public string Referrer => ReferrerName is null
        ? (ReferrerAnonymous ? "Did not give their name" : "Not recorded")
        : ReferrerAgency is null ? ReferrerName : $"{ReferrerName}, {ReferrerAgency}";

    /// <summary>The referrer's phone and email, as given.</summary>
    public IReadOnlyList<string> Contact => [.. new[] { ReferrerPhone, ReferrerEmail }.OfType<string>()];
}
