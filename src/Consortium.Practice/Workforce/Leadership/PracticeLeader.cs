using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce.Leadership;

/// <summary>A member of staff's term on the practice leaders register: from a date, until a date or still serving.</summary>
public sealed class PracticeLeader : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid StaffId { get; set; }
    public DateOnly From { get; set; }

    /// <summary>The last day of the term; null while they still serve.</summary>
    public DateOnly? Until { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    public bool Serves(DateOnly day) => From <= day && (Until is null || Until >= day);
}
