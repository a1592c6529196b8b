using Consortium.Practice.Census;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>A child known to the authority. Restricted children open only for the staff named on them.</summary>
public sealed class Child : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";

    /// <summary>The authority's own reference, shown to staff (C-000123).</summary>
    public string Reference { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public DateOnly? ExpectedDateOfBirth { get; set; }
    public Sex SexCode { get; set; } = Sex.NotKnown;
    public Ethnicity EthnicityCode { get; set; } = Ethnicity.NotYetObtained;
    public bool? Disabled { get; set; }

    /// <summary>The child's disabilities as the census codes them; empty when not yet known, <see cref="Disability.None"/> for none.</summary>
    public List<Disability> DisabilityCodes { get; set; } = [];
    public string? Address { get; set; }

    /// <summary>The child's unique pupil number (13 characters, <see cref="Upn"/>); null when not known.</summary>
    public string? Upn { get; set; }

    /// <summary>Why there is no UPN, when there is none; null when not recorded.</summary>
    public UpnUnknown? UpnUnknown { get; set; }

    /// <summary>A UPN the child had before the current one (or a temporary one), when known.</summary>
    public string? FormerUpn { get; set; }

    public DateOnly? DateOfDeath { get; set; }
    public bool IsSynthetic { get; set; }
    public bool IsRestricted { get; set; }
    public List<string> PermittedStaff { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    /// <summary>Set when an administrator merged this record into another record of the same child; it then has no episodes of its own.</summary>
    public Guid? MergedIntoChildId { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>A child first known through a referral that <see cref="NewReferral.Validate"/> accepted.</summary>
    public static Child FromReferral(NewReferral referral, string reference, bool synthetic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new Child
        {
            Reference = reference,
            GivenName = referral.GivenName!.Trim(),
            FamilyName = referral.FamilyName!.Trim(),
            DateOfBirth = referral.DateOfBirth,
            ExpectedDateOfBirth = referral.DateOfBirth is null ? referral.ExpectedDateOfBirth : null,
            SexCode = Sex.List.FromStored(referral.SexCode!),
            EthnicityCode = Ethnicity.List.FromStored(referral.EthnicityCode!),
            Disabled = referral.DisabledAsRecorded,
            DisabilityCodes = [.. (referral.DisabilityCodes ?? []).Select(Disability.List.FromStored)],
            Address = string.IsNullOrWhiteSpace(referral.Address) ? null : referral.Address.Trim(),
            IsSynthetic = synthetic,
            CreatedAt = now,
        };
    }

    /// <summary>Staff are named on a restricted record by their subject or their user name (as their provider gives it).</summary>
    public bool MayBeOpenedBy(StaffMember who) =>
        !IsRestricted
        || PermittedStaff.Contains(who.Subject, StringComparer.Ordinal)
        || (who.UserName.Length > 0 && PermittedStaff.Contains(who.UserName, StringComparer.OrdinalIgnoreCase));
}
