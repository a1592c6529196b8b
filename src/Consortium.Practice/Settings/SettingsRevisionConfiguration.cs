using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Settings;

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
