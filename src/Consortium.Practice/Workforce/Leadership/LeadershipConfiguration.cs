using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Workforce.Leadership;

internal sealed class PracticeLeaderConfiguration : IEntityTypeConfiguration<PracticeLeader>
{
    public void Configure(EntityTypeBuilder<PracticeLeader> builder)
    {
        builder.ToTable("PracticeLeaders");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.TenantId, l.StaffId });
        builder.Property(l => l.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(l => l.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeSessionConfiguration : IEntityTypeConfiguration<PracticeSession>
{
    public void Configure(EntityTypeBuilder<PracticeSession> builder)
    {
        builder.ToTable("PracticeSessions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.Date });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(s => s.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
