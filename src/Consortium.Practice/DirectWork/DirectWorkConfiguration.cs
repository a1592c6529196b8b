using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.DirectWork;

internal sealed class DirectWorkConfiguration : IEntityTypeConfiguration<DirectWorkRecord>
{
    public void Configure(EntityTypeBuilder<DirectWorkRecord> builder)
    {
        builder.ToTable("DirectWork");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.TenantId, d.ChildId });
        builder.HasIndex(d => new { d.TenantId, d.CaseId });
        builder.Property(d => d.Tool).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.ChildConsent).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ParentConsent).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Worker).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ChildsWords).HasMaxLength(DirectWorkInput.MaxWords);
        builder.Property(d => d.WorriesWords).HasMaxLength(DirectWorkInput.MaxWords);
        builder.Property(d => d.GoodThingsWords).HasMaxLength(DirectWorkInput.MaxWords);
        builder.Property(d => d.DreamsWords).HasMaxLength(DirectWorkInput.MaxWords);
        builder.Property(d => d.SharedWith).HasMaxLength(500);
        builder.Property(d => d.ExplainedWorries).HasConversion<string>().HasMaxLength(10).HasDefaultValue(ChildViewAnswer.NotAsked);
        builder.Property(d => d.StoryHelped).HasConversion<string>().HasMaxLength(10).HasDefaultValue(ChildViewAnswer.NotAsked);
        builder.Property(d => d.PlanMakesSafe).HasConversion<string>().HasMaxLength(10).HasDefaultValue(ChildViewAnswer.NotAsked);
        builder.Property(d => d.ChildViewWords).HasMaxLength(ChildView.MaxWords);
        builder.OwnsMany(d => d.Documents, documents => documents.ToJson());
    }
}
