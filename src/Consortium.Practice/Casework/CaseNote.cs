using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A practitioner's note on a case: the date it is about, its type and what was written. A note marked significant
/// is an event of the case's chronology.
/// </summary>
public sealed class CaseNote : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public CaseNoteType Type { get; set; }
    public string Text { get; set; } = "";
    public bool Significant { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
