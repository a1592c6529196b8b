using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Policy;

/// <summary>
/// One saved version of an authority's policy: the whole policy, who changed it, when, and what changed.
/// The latest version is the policy in force; earlier ones are its history and are never changed.
/// </summary>
public sealed class PolicyRevision : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Version { get; set; }
    public string PolicyJson { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Summary { get; set; } = "";
}

internal sealed class PolicyRevisionConfiguration : IEntityTypeConfiguration<PolicyRevision>
{
    public void Configure(EntityTypeBuilder<PolicyRevision> builder)
    {
        builder.ToTable("PolicyRevisions");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.Version }).IsUnique();
        builder.Property(r => r.PolicyJson).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(4000).IsRequired();
    }
}
