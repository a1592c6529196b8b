using Consortium.Practice.Census;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>One move of a case from a stage to another: when it took effect, who recorded it.</summary>
public sealed class StageChange : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public CaseStage From { get; set; }
    public CaseStage To { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
