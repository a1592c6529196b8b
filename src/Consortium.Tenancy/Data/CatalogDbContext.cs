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

/// <summary>A row of the catalog: an onboarded authority. Holds no secret, only the name of one.</summary>
public sealed class CatalogTenant
{
    public string Id { get; set; } = "";
    public string Identifier { get; set; } = "";
    public string Name { get; set; } = "";
    public string OldLaCode { get; set; } = "";
    public string NewLaCode { get; set; } = "";
    public string LaType { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string RegionName { get; set; } = "";
    public int ChildrenAged0To17 { get; set; }
    public string? ConnectionString { get; set; }
    public string DocumentContainer { get; set; } = "";
    public string? IdpAuthority { get; set; }
    public string? IdpMetadataAddress { get; set; }
    public string? IdpClientId { get; set; }
    public string? IdpClientSecretName { get; set; }
    public string PolicySeedJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}
