using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Workforce.Measures;

internal sealed class TeamVacancyConfiguration : IEntityTypeConfiguration<TeamVacancy>
{
    public void Configure(EntityTypeBuilder<TeamVacancy> builder)
    {
        builder.ToTable("TeamVacancies");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.TenantId, v.Year, v.TeamId }).IsUnique();
        builder.Property(v => v.VacantFte).HasPrecision(7, 2);
        builder.Property(v => v.EnteredBy).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne<Team>().WithMany().HasForeignKey(v => v.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
