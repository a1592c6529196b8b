using Consortium.Tenancy.Data;

namespace Consortium.Practice.Staff;

/// <summary>One saved change to a staff record or a team: who made it, when, and what it changed field by field.</summary>
public sealed class DirectoryChange : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public DirectoryRecordKind Kind { get; set; }
    public Guid RecordId { get; set; }

    /// <summary>The record's version this change made.</summary>
    public int Version { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>What changed, one line a field ("Job title: Social worker to Senior social worker").</summary>
    public string Summary { get; set; } = "";
}
