using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A term on the practice leaders register: from a day to its last day, or still serving.</summary>
public sealed record PracticeLeaderRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid StaffId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? Until { get; init; }
}
