using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Maps;

internal sealed class SafetyMapConfiguration : IEntityTypeConfiguration<SafetyMap>
{
    public void Configure(EntityTypeBuilder<SafetyMap> builder)
    {
        builder.ToTable("SafetyMaps");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.TenantId, m.CaseId, m.Version }).IsUnique();
        builder.HasIndex(m => m.ChildId);
        builder.HasIndex(m => new { m.TenantId, m.MapDate });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.HarmStatement).HasMaxLength(MapInput.MaxText);
        builder.Property(m => m.ComplicatingFactors).HasMaxLength(MapInput.MaxText);
        builder.Property(m => m.ExistingStrengths).HasMaxLength(MapInput.MaxText);
        builder.Property(m => m.ExistingSafety).HasMaxLength(MapInput.MaxText);
        builder.Property(m => m.UpdatedBy).HasMaxLength(200);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.OwnsMany(m => m.Pairs, pairs => pairs.ToJson());
        builder.OwnsMany(m => m.NextSteps, steps => steps.ToJson());
    }
}

internal sealed class MapSnapshotConfiguration : IEntityTypeConfiguration<MapSnapshot>
{
    public void Configure(EntityTypeBuilder<MapSnapshot> builder)
    {
        builder.ToTable("MapSnapshots");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.MapId, s.Token }).IsUnique();
        builder.HasOne<SafetyMap>().WithMany().HasForeignKey(s => s.MapId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SafetyRatingConfiguration : IEntityTypeConfiguration<SafetyRating>
{
    public void Configure(EntityTypeBuilder<SafetyRating> builder)
    {
        builder.ToTable("SafetyRatings");
        builder.HasKey(r => r.Id);
        // Covers the indicators' reading of overall ratings (who rated for which agency, and the score) by map.
        builder.HasIndex(r => new { r.TenantId, r.MapId, r.PairId, r.Score, r.Agency });
        builder.HasOne<SafetyMap>().WithMany().HasForeignKey(r => r.MapId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.PersonName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.PersonRole).HasMaxLength(60).IsRequired();
        builder.Property(r => r.Agency).HasMaxLength(100);
        builder.Property(r => r.Why).HasMaxLength(RatingInput.MaxWhy).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
    }
}
