using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Census.Notes;

/// <summary>
/// The authority's explanation of a query of its census, sent with the return: one per year, rule and child (by LA
/// child ID; empty for a query about the whole file), kept across validation runs and replaced when written again.
/// </summary>
public sealed class CensusQueryNote : ITenantOwned
{
    public const int MaxText = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public string Rule { get; set; } = "";

    /// <summary>The child's LA child ID, or empty for a query about the whole file.</summary>
    public string LaChildId { get; set; } = "";
    public string Text { get; set; } = "";
    public string WrittenBy { get; set; } = "";
    public DateTimeOffset WrittenAt { get; set; }
}

internal sealed class CensusQueryNoteConfiguration : IEntityTypeConfiguration<CensusQueryNote>
{
    public void Configure(EntityTypeBuilder<CensusQueryNote> builder)
    {
        builder.ToTable("CensusQueryNotes");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.TenantId, n.Year, n.Rule, n.LaChildId }).IsUnique();
        builder.Property(n => n.Rule).HasMaxLength(6).IsRequired();
        builder.Property(n => n.LaChildId).HasMaxLength(20).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(CensusQueryNote.MaxText).IsRequired();
        builder.Property(n => n.WrittenBy).HasMaxLength(200).IsRequired();
    }
}
