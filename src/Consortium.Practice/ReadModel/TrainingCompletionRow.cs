using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A level of training in the practice model a member of staff completed (on a course or recorded by hand), and when.</summary>
public sealed record TrainingCompletionRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid StaffId { get; init; }
    public string Level { get; init; } = "";
    public DateOnly CompletedOn { get; init; }
}
