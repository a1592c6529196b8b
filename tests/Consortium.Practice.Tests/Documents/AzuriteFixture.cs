using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Consortium.Tenancy;

namespace Consortium.Practice.Tests.Documents;

/// <summary>
/// A real Azurite, started by ./scripts/test.sh, reached through CONSORTIUM_TEST_AZURITE. Containers carry a prefix
/// of their own per fixture, so runs sharing one Azurite never see each other's, and are removed afterwards.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Variable = "CONSORTIUM_TEST_AZURITE";

    public AzuriteFixture()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. The Azure document store is tested against a real Azurite: run ./scripts/test.sh, " +
                "which installs and starts one (or, in bash, source scripts/lib/azurite.sh and run start_azurite first).");
        }

        Service = new BlobServiceClient(connectionString);
    }

    public BlobServiceClient Service { get; }

    public string Prefix { get; } = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public TenantInfo Tenant(string slug) => DocumentTestTenants.Named(slug, $"{Prefix}-documents-{slug}");

    public async Task InitializeAsync()
    {
        try
        {
            await Service.GetPropertiesAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Azurite at {Variable} did not answer. Run ./scripts/test.sh, which starts it.", e);
        }
    }

    public async Task DisposeAsync()
    {
        await foreach (var container in Service.GetBlobContainersAsync(prefix: Prefix))
        {
            await Service.DeleteBlobContainerAsync(container.Name);
        }
    }
}
