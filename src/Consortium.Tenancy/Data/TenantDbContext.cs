using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Data;

/// <summary>
/// A context bound to one authority when it is constructed. Every <see cref="ITenantOwned"/> entity gets
/// the named query filter <see cref="TenantFilter"/>, and a save that would write another authority's row
/// throws <see cref="TenantMismatchException"/>; an <see cref="IAppendOnly"/> row is never changed or deleted. Never pooled: the tenant is part of the instance.
/// </summary>
public abstract class TenantDbContext : DbContext
{
    public const string TenantFilter = "Tenant";

    protected TenantDbContext(DbContextOptions options, TenantInfo tenant)
        : base(options)
    {
        Tenant = tenant ?? throw new ArgumentNullException(nameof(tenant), "A tenant data context needs a resolved tenant.");
        TenantId = tenant.Id;
    }

    public TenantInfo Tenant { get; }

    /// <summary>Read by the query filter; EF Core parameterises it per context instance.</summary>
    public string TenantId { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            var entity = modelBuilder.Entity(entityType.ClrType);
            // No index on TenantId alone: each authority has its own database, so every row matches it, and an
            // index that selects everything tempts the query planner away from the selective ones.
            entity.Property(nameof(ITenantOwned.TenantId)).HasMaxLength(32).IsRequired();

            var row = Expression.Parameter(entityType.ClrType, "row");
            var filter = Expression.Lambda(
                Expression.Equal(
                    Expression.Property(row, nameof(ITenantOwned.TenantId)),
                    Expression.Property(Expression.Constant(this), nameof(TenantId))),
                row);
            entity.HasQueryFilter(TenantFilter, filter);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnforceTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnforceTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void EnforceTenant()
    {
        if (ChangeTracker.Entries<IAppendOnly>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("An append-only record cannot be changed or deleted; nothing was saved.");
        }

        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added when string.IsNullOrEmpty(entry.Entity.TenantId):
                    entry.Entity.TenantId = TenantId;
                    break;
                case EntityState.Added when entry.Entity.TenantId != TenantId:
                    throw new TenantMismatchException();
                case EntityState.Modified or EntityState.Deleted:
                    var original = entry.OriginalValues.GetValue<string>(nameof(ITenantOwned.TenantId));
                    if (original != TenantId || entry.Entity.TenantId != TenantId)
                    {
                        throw new TenantMismatchException();
                    }

                    break;
            }
        }
    }
}
