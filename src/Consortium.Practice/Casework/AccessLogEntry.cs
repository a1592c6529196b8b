using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// One line of a child's access log: who looked at or changed the record, when, and what. Append-only:
/// the data context refuses to change or delete a line.
/// </summary>
public sealed class AccessLogEntry : ITenantOwned, IAppendOnly
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid ChildId { get; set; }
    public string StaffSubject { get; set; } = "";
    public string StaffName { get; set; } = "";
    public AccessAction Action { get; set; }

    /// <summary>What was touched: "child", "case", and the id of that record.</summary>
    public string RecordType { get; set; } = "";
    public Guid RecordId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>What changed, where the line says more than the action (a restriction change: who was added and removed).</summary>
    public string? Detail { get; set; }
}
