using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce.Licences;

/// <summary>A member of staff's licence to train in the practice model, and the day it expires; renewing it moves the day.</summary>
public sealed class TrainerLicence : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid StaffId { get; set; }

    /// <summary>The last day the licence is valid.</summary>
    public DateOnly ExpiresOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
