using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Casework;

internal sealed class AuthorisationRequestConfiguration : IEntityTypeConfiguration<AuthorisationRequest>
{
    public void Configure(EntityTypeBuilder<AuthorisationRequest> builder)
    {
        builder.ToTable("AuthorisationRequests");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.CaseId, r.Decision });
        builder.HasIndex(r => new { r.TenantId, r.Decision });
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.CategoryOfAbuse).HasMaxLength(3);
        builder.Property(r => r.ClosureReason).HasMaxLength(3);
        builder.PrimitiveCollection(r => r.AssessmentFactors).HasMaxLength(400);
        builder.Property(r => r.RequestedBySubject).HasMaxLength(200).IsRequired();
        builder.Property(r => r.RequestedByName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.DeclineReason).HasMaxLength(AuthorisationService.MaxReason);
    }
}
