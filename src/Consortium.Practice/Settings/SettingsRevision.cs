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

internal sealed class SettingsRevisionConfiguration : IEntityTypeConfiguration<SettingsRevision>
{
    public void Configure(EntityTypeBuilder<SettingsRevision> builder)
    {
        builder.ToTable("SettingsRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(40).IsRequired();
        builder.HasIndex(r => new { r.TenantId, r.Kind, r.Version }).IsUnique();
        builder.Property(r => r.Json).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(8000).IsRequired();
    }
}
