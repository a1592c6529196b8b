using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Data;

/// <summary>The tables of the Department's published figures: plain columns, portable between SQLite and SQL Server.</summary>
internal static class PublishedModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PublishedValueRow>(value =>
        {
            value.ToTable("PublishedValues");
            value.Property(v => v.Level).HasMaxLength(32).IsUnicode(false);
            value.Property(v => v.AreaCode).HasMaxLength(9).IsUnicode(false);
            value.Property(v => v.OldLaCode).HasMaxLength(16).IsUnicode(false);
            value.Property(v => v.AreaName).HasMaxLength(128);
            value.Property(v => v.RegionCode).HasMaxLength(9).IsUnicode(false);
            value.Property(v => v.Indicator).HasMaxLength(64).IsUnicode(false);
            value.Property(v => v.Value).HasMaxLength(32).IsUnicode(false);
            value.Property(v => v.Number).HasPrecision(18, 4);
            value.HasIndex(v => new { v.AreaCode, v.Indicator, v.Year }).IsUnique();
            value.HasIndex(v => new { v.Indicator, v.Year });
        });

        modelBuilder.Entity<PublishedAreaRow>(area =>
        {
            area.ToTable("PublishedAreas");
            area.Property(a => a.OldLaCode).HasMaxLength(16).IsUnicode(false);
            area.Property(a => a.NewLaCode).HasMaxLength(32).IsUnicode(false);
            area.Property(a => a.Name).HasMaxLength(128);
            area.Property(a => a.RegionCode).HasMaxLength(9).IsUnicode(false);
            area.Property(a => a.RegionName).HasMaxLength(64);
            area.Property(a => a.SubRegionCode).HasMaxLength(9).IsUnicode(false);
            area.Property(a => a.SubRegionName).HasMaxLength(64);
            area.Property(a => a.Status).HasMaxLength(48);
            area.Property(a => a.CinYears).HasMaxLength(16).IsUnicode(false);
            area.Property(a => a.WorkforceYears).HasMaxLength(16).IsUnicode(false);
            area.Property(a => a.MapsTo).HasMaxLength(64).IsUnicode(false);
        });

        modelBuilder.Entity<PublishedPopulationRow>(population =>
        {
            population.ToTable("PublishedPopulation");
            population.Property(p => p.AreaCode).HasMaxLength(9).IsUnicode(false);
            population.Property(p => p.OldLaCode).HasMaxLength(16).IsUnicode(false);
            population.Property(p => p.AreaName).HasMaxLength(128);
            population.Property(p => p.Level).HasMaxLength(32).IsUnicode(false);
            population.Property(p => p.Value).HasMaxLength(32).IsUnicode(false);
            population.HasIndex(p => new { p.AreaCode, p.MidYear }).IsUnique();
        });

        modelBuilder.Entity<PublishedNeighbourRow>(neighbour =>
        {
            neighbour.ToTable("PublishedNeighbours");
            neighbour.Property(n => n.AreaCode).HasMaxLength(9).IsUnicode(false);
            neighbour.Property(n => n.AreaName).HasMaxLength(128);
            neighbour.Property(n => n.NeighbourCode).HasMaxLength(9).IsUnicode(false);
            neighbour.Property(n => n.NeighbourName).HasMaxLength(128);
            neighbour.Property(n => n.Closeness).HasMaxLength(32);
            neighbour.HasIndex(n => new { n.AreaCode, n.Rank }).IsUnique();
        });
    }
}
