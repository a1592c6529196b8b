namespace Consortium.Practice.Workforce.Leadership;

public sealed class SessionInput
{
    public SessionKind? Kind { get; set; }
    public DateOnly? Date { get; set; }
    public Guid? LeaderId { get; set; }
    public List<Guid> AttendeeIds { get; set; } = [];

    /// <summary>The references of the cases discussed, separated by commas, spaces or lines.</summary>
    public string? CaseReferences { get; set; }
}
