using Consortium.Practice.Casework;

namespace Consortium.Web.Forms;

/// <summary>The reason for a referral and who made it, as the new-referral and re-referral forms ask them.</summary>
public sealed record ReferralDetailsFields(TextAreaField Reason, TextField Name, TextField Agency, TextField Phone, TextField Email, bool Anonymous, string? AnonymousError)
{
    /// <summary>The fields of a form whose values are <paramref name="values"/> and whose errors <paramref name="errorFor"/> gives.</summary>
    public static ReferralDetailsFields For(IReferralParticulars values, Func<string, string?> errorFor)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errorFor);
        return new(
            new(nameof(IReferralParticulars.Reason), "Reason for the referral", values.Reason, errorFor(nameof(IReferralParticulars.Reason)), $"What the referrer is worried about and what they said happened, in up to {ReferralParticulars.MaxReason} characters", 6),
            new(nameof(IReferralParticulars.ReferrerName), "Referrer's name", values.ReferrerName, errorFor(nameof(IReferralParticulars.ReferrerName)), Width: "govuk-!-width-one-half", Autocomplete: "off"),
            new(nameof(IReferralParticulars.ReferrerAgency), "Referrer's agency (optional)", values.ReferrerAgency, errorFor(nameof(IReferralParticulars.ReferrerAgency)), "For example the school, GP surgery or police team. Leave blank for a family member or member of the public", Autocomplete: "off"),
            new(nameof(IReferralParticulars.ReferrerPhone), "Referrer's phone number", values.ReferrerPhone, errorFor(nameof(IReferralParticulars.ReferrerPhone)), "A phone number or an email address, or both", Width: "govuk-!-width-one-half", Autocomplete: "off"),
            new(nameof(IReferralParticulars.ReferrerEmail), "Referrer's email address", values.ReferrerEmail, errorFor(nameof(IReferralParticulars.ReferrerEmail)), Autocomplete: "off"),
            values.ReferrerAnonymous,
            errorFor(nameof(IReferralParticulars.ReferrerAnonymous)));
    }
}
