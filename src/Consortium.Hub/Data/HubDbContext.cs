using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Data;

/// <summary>The hub's own database: the indicator values the authorities shared, the log of snapshots received and the Department's published figures.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    public DbSet<StoredIndicatorValue> IndicatorValues => Set<StoredIndicatorValue>();

    public DbSet<SnapshotReceipt> SnapshotReceipts => Set<SnapshotReceipt>();

    public DbSet<SnapshotHead> SnapshotHeads => Set<SnapshotHead>();

    public DbSet<HeldIndicatorValue> HeldIndicatorValues => Set<HeldIndicatorValue>();

    public DbSet<Programme.MemberTimeline> MemberTimelines => Set<Programme.MemberTimeline>();

    public DbSet<PublishedValueRow> PublishedValues => Set<PublishedValueRow>();

    public DbSet<PublishedAreaRow> PublishedAreas => Set<PublishedAreaRow>();

    public DbSet<PublishedPopulationRow> PublishedPopulation => Set<PublishedPopulationRow>();

    public DbSet<PublishedNeighbourRow> PublishedNeighbours => Set<PublishedNeighbourRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredIndicatorValue>(value =>
        {
            value.ToTable("IndicatorValues");
            value.Property(v => v.AuthorityCode).HasMaxLength(9).IsUnicode(false);
            value.Property(v => v.Value).HasPrecision(18, 4);
            value.Property(v => v.RatePer10000).HasPrecision(18, 4);
            value.Property(v => v.LowerQuartile).HasPrecision(18, 4);
            value.Property(v => v.UpperQuartile).HasPrecision(18, 4);
            value.Ignore(v => v.Period);

            // One row per key: a redelivered snapshot can replace, never add.
            value.HasIndex(v => new { v.AuthorityCode, v.PeriodKind, v.PeriodStart, v.Indicator, v.CatalogueVersion }).IsUnique();

            // The comparison: one indicator and period across every authority; and the periods that have data.
            value.HasIndex(v => new { v.Indicator, v.CatalogueVersion, v.PeriodKind, v.PeriodStart });
        });

        modelBuilder.Entity<SnapshotReceipt>(receipt =>
        {
            receipt.ToTable("SnapshotReceipts");
            receipt.Property(r => r.AuthorityCode).HasMaxLength(9).IsUnicode(false);
            receipt.Property(r => r.WouldDisclose).HasMaxLength(4000);
            receipt.HasIndex(r => new { r.AuthorityCode, r.PeriodKind, r.PeriodStart, r.CatalogueVersion });
        });

        modelBuilder.Entity<HeldIndicatorValue>(held =>
        {
            held.ToTable("HeldIndicatorValues");
            held.Property(v => v.AuthorityCode).HasMaxLength(9).IsUnicode(false);
            held.Property(v => v.Value).HasPrecision(18, 4);
            held.Ignore(v => v.Period);
            // The guard: one authority's values over a span of periods.
            held.HasIndex(v => new { v.AuthorityCode, v.CatalogueVersion, v.PeriodStart });
        });

        modelBuilder.Entity<SnapshotHead>(head =>
        {
            head.ToTable("SnapshotHeads");
            head.Property(h => h.AuthorityCode).HasMaxLength(9).IsUnicode(false);
            head.HasIndex(h => new { h.AuthorityCode, h.PeriodKind, h.PeriodStart, h.CatalogueVersion }).IsUnique();
        });

        modelBuilder.Entity<Programme.MemberTimeline>(timeline =>
        {
            timeline.ToTable("MemberTimelines");
            timeline.HasKey(t => t.AuthorityCode);
            timeline.Property(t => t.AuthorityCode).HasMaxLength(9).IsUnicode(false);
            timeline.Property(t => t.Phases).HasMaxLength(1000).IsUnicode(false);
        });

        PublishedModel.Configure(modelBuilder);
    }
}
