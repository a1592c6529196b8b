using Microsoft.EntityFrameworkCore;

namespace Consortium.DevIdentity;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, in a private in-memory SQLite database.</summary>
public sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
    }
}
