using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Settings;

/// <summary>
/// One saved version of one kind of an authority's settings: the whole document, who changed it, when, and
/// what changed. The latest version is in force; earlier ones are its history and are never changed.
/// </summary>
public sealed class SettingsRevision : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Version { get; set; }
    public string Json { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Summary { get; set; } = "";
}
