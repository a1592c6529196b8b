using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.SafetyPlanning;

internal sealed class SafetyNetworkMemberConfiguration : IEntityTypeConfiguration<SafetyNetworkMember>
{
    public void Configure(EntityTypeBuilder<SafetyNetworkMember> builder)
    {
        builder.ToTable("SafetyNetworkMembers");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.TenantId, m.CaseId });
        builder.Property(m => m.Name).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Relationship).HasMaxLength(60).IsRequired();
        builder.Property(m => m.Contact).HasMaxLength(200);
        builder.Property(m => m.Role).HasMaxLength(300);
    }
}

internal sealed class SafetyPlanRevisionConfiguration : IEntityTypeConfiguration<SafetyPlanRevision>
{
    public void Configure(EntityTypeBuilder<SafetyPlanRevision> builder)
    {
        builder.ToTable("SafetyPlanRevisions");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TenantId, p.CaseId, p.Revision }).IsUnique();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.WarningSigns).HasMaxLength(PlanInput.MaxText);
        builder.Property(p => p.BottomLines).HasMaxLength(PlanInput.MaxText);
        builder.Property(p => p.ChildsVersion).HasMaxLength(PlanInput.MaxText);
        builder.Property(p => p.RevisedBy).HasMaxLength(200).IsRequired();
        builder.OwnsMany(p => p.Rules, rules => rules.ToJson());
        builder.OwnsMany(p => p.AgreedBy, agreed =>
        {
            agreed.ToJson();
            agreed.Ignore(a => a.Label);
        });
    }
}
