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
    public string SexCode { get; set; } = "0";
    public string EthnicityCode { get; set; } = "NOBT";
    public bool? Disabled { get; set; }

    /// <summary>The census's disability codes (<see cref="Codes.Disability"/>); empty when not yet known, NONE for no disability.</summary>
    public List<string> DisabilityCodes { get; set; } = [];
    public string? Address { get; set; }
    public bool IsSynthetic { get; set; }
    public bool IsRestricted { get; set; }
    public List<string> PermittedStaff { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Staff are named on a restricted record by their subject or their user name (as their provider gives it).</summary>
    public bool MayBeOpenedBy(StaffMember who) =>
        !IsRestricted
        || PermittedStaff.Contains(who.Subject, StringComparer.Ordinal)
        || (who.UserName.Length > 0 && PermittedStaff.Contains(who.UserName, StringComparer.OrdinalIgnoreCase));
}
