using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Workforce;

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("TrainingRecords");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.StaffId, r.Level });
        builder.HasIndex(r => new { r.TenantId, r.CourseId, r.StaffId }).IsUnique();
        builder.Property(r => r.Level).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Evidence).HasMaxLength(TrainingRecord.EvidenceLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.Level });
        builder.Property(c => c.Level).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Venue).HasMaxLength(Course.VenueLength).IsRequired();
        builder.Property(c => c.ScheduledBy).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseDayConfiguration : IEntityTypeConfiguration<CourseDay>
{
    public void Configure(EntityTypeBuilder<CourseDay> builder)
    {
        builder.ToTable("CourseDays");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.TenantId, d.CourseId, d.Date }).IsUnique();
        builder.HasOne<Course>().WithMany().HasForeignKey(d => d.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseBookingConfiguration : IEntityTypeConfiguration<CourseBooking>
{
    public void Configure(EntityTypeBuilder<CourseBooking> builder)
    {
        builder.ToTable("CourseBookings");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.TenantId, b.CourseId, b.StaffId });
        builder.HasIndex(b => new { b.TenantId, b.StaffId });
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.BookedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Course>().WithMany().HasForeignKey(b => b.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(b => b.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseAttendanceConfiguration : IEntityTypeConfiguration<CourseAttendance>
{
    public void Configure(EntityTypeBuilder<CourseAttendance> builder)
    {
        builder.ToTable("CourseAttendance");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.TenantId, a.CourseId, a.StaffId, a.Date }).IsUnique();
        builder.Property(a => a.Mark).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffRecord>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
