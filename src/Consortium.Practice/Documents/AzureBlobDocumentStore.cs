using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Consortium.Tenancy;

namespace Consortium.Practice.Documents;

/// <summary>
/// Documents in Azure Blob Storage, one private container per authority. The <see cref="BlobServiceClient"/> decides
/// how the store authenticates: built from a connection string today (Azurite in tests), or from the account's
/// service URI and a token credential for managed identity, without a change here.
/// </summary>
public sealed class AzureBlobDocumentStore(BlobServiceClient service) : IDocumentStore
{
    private readonly ConcurrentDictionary<string, bool> _knownContainers = new(StringComparer.Ordinal);

    /// <remarks>
    /// The upload is conditional on the name being unused, so a (vanishingly unlikely) repeated name fails
    /// instead of replacing another document.
    /// </remarks>
    public async Task<string> SaveAsync(TenantInfo tenant, Stream content, string contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var container = await ContainerForWritingAsync(tenant, ct);
        var name = DocumentBlobName.New();
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await container.GetBlobClient(name).UploadAsync(content, options, ct);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            _knownContainers.TryRemove(container.Name, out _);
            throw;
        }

        return name;
    }

    public async Task<Stream?> OpenReadAsync(TenantInfo tenant, string blobName, CancellationToken ct)
    {
        var container = ContainerOf(tenant);
        if (!DocumentBlobName.IsValid(blobName))
        {
            return null;
        }

        try
        {
            var download = await container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: ct);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(TenantInfo tenant, string blobName, CancellationToken ct)
    {
        var container = ContainerOf(tenant);
        if (DocumentBlobName.IsValid(blobName))
        {
            await container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);
        }
    }

    private BlobContainerClient ContainerOf(TenantInfo tenant) => service.GetBlobContainerClient(DocumentContainerName.Of(tenant));

    /// <summary>Creates the authority's container on its first document; remembered so later uploads skip the round trip.</summary>
    private async Task<BlobContainerClient> ContainerForWritingAsync(TenantInfo tenant, CancellationToken ct)
    {
        var container = ContainerOf(tenant);
        if (!_knownContainers.ContainsKey(container.Name))
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct);
            _knownContainers.TryAdd(container.Name, true);
        }

        return container;
    }
}
