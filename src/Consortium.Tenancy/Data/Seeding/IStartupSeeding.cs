namespace Consortium.Tenancy.Data.Seeding;

/// <summary>
/// Data a process writes into an authority's database in the background after it starts (the synthetic demo
/// history): how far it has got, and a wait for it, so the authority's first share is not made from half of it.
/// </summary>
public interface IStartupSeeding
{
    /// <summary>Where the authority's seeding stands while it runs; null when nothing is being written for it.</summary>
    StartupSeedingProgress? Progress(TenantInfo tenant);

    /// <summary>Completes once nothing is left to write for the authority (at once when nothing was to be written).</summary>
    Task WhenDoneAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
