using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Data;

/// <summary>
/// The deployment's catalog of authorities onboarded after it was built, and, when configured, the data-protection
/// key ring that every instance of the deployment shares.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<CatalogTenant> Tenants => Set<CatalogTenant>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<CatalogTenant>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Id);
        tenant.Property(t => t.Id).HasMaxLength(32);
        tenant.Property(t => t.Identifier).HasMaxLength(40).IsRequired();
        tenant.HasIndex(t => t.Identifier).IsUnique();
        tenant.HasIndex(t => t.NewLaCode).IsUnique();
        tenant.Property(t => t.Name).HasMaxLength(120).IsRequired();
        tenant.Property(t => t.OldLaCode).HasMaxLength(3).IsRequired();
        tenant.Property(t => t.NewLaCode).HasMaxLength(9).IsRequired();
        tenant.Property(t => t.LaType).HasMaxLength(60);
        tenant.Property(t => t.RegionCode).HasMaxLength(9).IsRequired();
        tenant.Property(t => t.RegionName).HasMaxLength(60).IsRequired();
        tenant.Property(t => t.ConnectionString).HasMaxLength(1000);
        tenant.Property(t => t.DocumentContainer).HasMaxLength(63).IsRequired();
        tenant.Property(t => t.IdpAuthority).HasMaxLength(500);
        tenant.Property(t => t.IdpMetadataAddress).HasMaxLength(500);
        tenant.Property(t => t.IdpClientId).HasMaxLength(200);
        tenant.Property(t => t.IdpClientSecretName).HasMaxLength(200);
        tenant.Property(t => t.PolicySeedJson).HasMaxLength(4000);
    }
}
