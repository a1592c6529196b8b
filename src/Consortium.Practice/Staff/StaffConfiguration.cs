using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Staff;

internal sealed class StaffRecordConfiguration : IEntityTypeConfiguration<StaffRecord>
{
    public void Configure(EntityTypeBuilder<StaffRecord> builder)
    {
        builder.ToTable("StaffRecords");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.SignInName }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.Subject }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.TeamId });
        builder.HasIndex(s => new { s.TenantId, s.FamilyName, s.GivenName });
        builder.Property(s => s.GivenName).HasMaxLength(StaffDetails.NameLength).IsRequired();
        builder.Property(s => s.FamilyName).HasMaxLength(StaffDetails.NameLength).IsRequired();
        builder.Property(s => s.SignInName).HasMaxLength(StaffDetails.SignInNameLength).IsRequired();
        builder.Property(s => s.Subject).HasMaxLength(200);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.JobTitle).HasMaxLength(StaffDetails.JobTitleLength).IsRequired();
        builder.Property(s => s.RegistrationNumber).HasMaxLength(12);
        builder.Property(s => s.Fte).HasPrecision(5, 4);
        builder.Property(s => s.Employment).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(s => s.ManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.FullName);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(TeamDetails.NameLength).IsRequired();
        builder.Property(t => t.ServiceArea).HasMaxLength(TeamDetails.ServiceAreaLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(t => t.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> builder)
    {
        builder.ToTable("DirectoryChanges");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.RecordId, c.Version });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.ChangedBy).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(4000).IsRequired();
    }
}

internal sealed class HrUploadConfiguration : IEntityTypeConfiguration<HrUpload>
{
    public void Configure(EntityTypeBuilder<HrUpload> builder)
    {
        builder.ToTable("HrUploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.UploadedBy).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Content).IsRequired();
    }
}
