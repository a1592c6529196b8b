using Consortium.Hub.Published;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Hub.Tests.Published;

/// <summary>A hub database with the shipped copy of the Department's published figures loaded, and its figures read, for a test class.</summary>
public sealed class LoadedPublishedStore : IAsyncLifetime
{
    public HubTestStore Store { get; } = new(withPublished: true);

    public PublishedSet Set { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();
        Set = await Store.Services.GetRequiredService<PublishedFigures>().CurrentAsync();
    }

    public Task DisposeAsync() => Store.DisposeAsync();
}
