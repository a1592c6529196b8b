namespace Consortium.Tenancy.Data.Seeding;

/// <summary>A process that writes nothing in the background after it starts (every real deployment).</summary>
internal sealed class NoStartupSeeding : IStartupSeeding
{
    public StartupSeedingProgress? Progress(TenantInfo tenant) => null;

    public Task WhenDoneAsync(TenantInfo tenant, CancellationToken cancellationToken) => Task.CompletedTask;
}
