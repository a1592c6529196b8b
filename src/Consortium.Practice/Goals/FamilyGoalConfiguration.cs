using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Goals;

internal sealed class FamilyGoalConfiguration : IEntityTypeConfiguration<FamilyGoal>
{
    public void Configure(EntityTypeBuilder<FamilyGoal> builder)
    {
        builder.ToTable("FamilyGoals");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.TenantId, g.CaseId });
        builder.Property(g => g.Words).HasMaxLength(GoalInput.MaxWords).IsRequired();
        builder.Property(g => g.AddedBy).HasMaxLength(200).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.Latest);
        builder.Ignore(g => g.AtClosure);
        builder.Ignore(g => g.IsClosed);
        builder.HasMany(g => g.Ratings).WithOne().HasForeignKey(r => r.GoalId);
    }
}

internal sealed class GoalRatingConfiguration : IEntityTypeConfiguration<GoalRating>
{
    public void Configure(EntityTypeBuilder<GoalRating> builder)
    {
        builder.ToTable("FamilyGoalRatings");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.Stage, r.RatedOn });
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
    }
}
