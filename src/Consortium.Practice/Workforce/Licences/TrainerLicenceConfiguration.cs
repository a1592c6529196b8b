using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Workforce.Licences;

internal sealed class TrainerLicenceConfiguration : IEntityTypeConfiguration<TrainerLicence>
{
    public void Configure(EntityTypeBuilder<TrainerLicence> builder)
    {
        builder.ToTable("TrainerLicences");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.TenantId, l.StaffId }).IsUnique();
        builder.Property(l => l.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(l => l.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
