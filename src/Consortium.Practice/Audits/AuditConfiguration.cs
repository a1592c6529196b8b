using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Audits;

internal sealed class CaseAuditConfiguration : IEntityTypeConfiguration<CaseAudit>
{
    public void Configure(EntityTypeBuilder<CaseAudit> builder)
    {
        builder.ToTable("CaseAudits");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.CaseId, a.Month });
        builder.HasIndex(a => new { a.Month, a.AuditorId });
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasIndex(a => a.CompletedOn);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Reason).HasMaxLength(200).IsRequired();
        builder.Property(a => a.CaseReference).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Team).HasMaxLength(200).IsRequired();
        builder.Property(a => a.WorkerName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.AuditorName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Score).HasPrecision(5, 1);
        builder.Property(a => a.ConversationAttendees).HasMaxLength(2000).IsRequired();
        foreach (var text in new[] { nameof(CaseAudit.Summary), nameof(CaseAudit.WorkingWell), nameof(CaseAudit.Worries), nameof(CaseAudit.NeedsToHappen), nameof(CaseAudit.FamilyWords) })
        {
            builder.Property(text).HasMaxLength(AuditInput.MaxText).IsRequired();
        }

        builder.Property(a => a.Concern).HasMaxLength(AuditInput.MaxText);
        builder.Property(a => a.ConcernManagerName).HasMaxLength(200);
        builder.Property(a => a.ModeratorName).HasMaxLength(200);
        builder.Property(a => a.ModerationReason).HasMaxLength(ModerationService.MaxReason);
        builder.HasMany(a => a.DomainScores).WithOne().HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Actions).WithOne().HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.FinalGrade);
        builder.Ignore(a => a.AwaitsModeration);
    }
}

internal sealed class AuditDomainScoreConfiguration : IEntityTypeConfiguration<AuditDomainScore>
{
    public void Configure(EntityTypeBuilder<AuditDomainScore> builder)
    {
        builder.ToTable("AuditDomainScores");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.AuditId, s.DomainKey }).IsUnique();
        builder.Property(s => s.DomainKey).HasMaxLength(60).IsRequired();
        builder.Property(s => s.DomainTitle).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Score).HasPrecision(5, 1);
    }
}

internal sealed class AuditActionConfiguration : IEntityTypeConfiguration<AuditAction>
{
    public void Configure(EntityTypeBuilder<AuditAction> builder)
    {
        builder.ToTable("AuditActions");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.AuditId, a.DueOn });
        builder.Property(a => a.Text).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.OwnerName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Evidence).HasMaxLength(2000);
        builder.Property(a => a.CarriedToName).HasMaxLength(200);
        builder.Property(a => a.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class AuditSampleConfiguration : IEntityTypeConfiguration<AuditSample>
{
    public void Configure(EntityTypeBuilder<AuditSample> builder)
    {
        builder.ToTable("AuditSamples");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.Month }).IsUnique();
        builder.Property(s => s.DrawnBy).HasMaxLength(200).IsRequired();
    }
}
