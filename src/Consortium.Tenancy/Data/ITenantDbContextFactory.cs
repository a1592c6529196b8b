using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Data;

/// <summary>Creates a context bound to an explicit authority, on that authority's own database.</summary>
public interface ITenantDbContextFactory<out TContext>
    where TContext : TenantDbContext
{
    TContext Create(TenantInfo tenant);
}
