using Consortium.Practice.Access;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>
/// A member of staff as the workforce census counts them: role, first and last day, whether a registered social worker
/// (a Social Work England number is recorded) and whether agency rather than employed. No name, no number.
/// </summary>
public sealed record StaffRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid Id { get; init; }
    public StaffRole Role { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public bool SocialWorker { get; init; }
    public bool Agency { get; init; }
}
