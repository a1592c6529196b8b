using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.SelfAssessment;

internal sealed class SelfAssessmentQuarterConfiguration : IEntityTypeConfiguration<SelfAssessmentQuarter>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentQuarter> builder)
    {
        builder.ToTable("SelfAssessmentQuarters");
        builder.HasKey(q => q.Id);
        builder.HasIndex(q => new { q.TenantId, q.QuarterStart }).IsUnique();
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.Property(q => q.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasMany(q => q.Ratings).WithOne().HasForeignKey(r => r.QuarterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SelfAssessmentRatingConfiguration : IEntityTypeConfiguration<SelfAssessmentRating>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentRating> builder)
    {
        builder.ToTable("SelfAssessmentRatings");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.QuarterId, r.Element }).IsUnique();
        builder.Property(r => r.Element).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Evidence).HasMaxLength(SelfAssessmentRating.MaxEvidence).IsRequired();
    }
}
