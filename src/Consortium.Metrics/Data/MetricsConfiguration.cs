using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Metrics.Data;

internal sealed class WorkingDayNumberConfiguration : IEntityTypeConfiguration<WorkingDayNumber>
{
    public void Configure(EntityTypeBuilder<WorkingDayNumber> builder)
    {
        builder.ToTable("WorkingDayNumbers");
        builder.HasKey(d => d.Day);
    }
}

internal sealed class SharedSnapshotConfiguration : IEntityTypeConfiguration<SharedSnapshot>
{
    public void Configure(EntityTypeBuilder<SharedSnapshot> builder)
    {
        builder.ToTable("SharedSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.PeriodKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Body).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.PeriodKind, s.PeriodStart, s.Id });
        builder.Ignore(s => s.Period);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.TenantId).HasMaxLength(20).IsRequired();
        builder.Property(m => m.MessageType).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.LastFailure).HasMaxLength(200);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class ScheduleLeaseConfiguration : IEntityTypeConfiguration<ScheduleLease>
{
    public void Configure(EntityTypeBuilder<ScheduleLease> builder)
    {
        builder.ToTable("ScheduleLeases");
        builder.HasKey(l => new { l.TenantId, l.Job });
        builder.Property(l => l.Job).HasMaxLength(40);
        builder.Property(l => l.CompletedRun).HasMaxLength(40);
    }
}
