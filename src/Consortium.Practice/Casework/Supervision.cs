using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A manager's supervision of a case: when, who attended, and the discussion and decisions in the three columns of the
/// practice model (what is working well, what we are worried about, what needs to happen).
/// </summary>
public sealed class Supervision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Attendees { get; set; } = "";
    public string WorkingWell { get; set; } = "";
    public string Worries { get; set; } = "";
    public string NeedsToHappen { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
