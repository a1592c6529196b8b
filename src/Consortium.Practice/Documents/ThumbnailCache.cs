using Consortium.Tenancy;
using Microsoft.Extensions.Caching.Memory;

namespace Consortium.Practice.Documents;

/// <summary>
/// Thumbnails made recently, in this process's memory only, each under its authority's id and the document's stored
/// name, so one authority's key can never find another's thumbnail. Nothing is read from here before the caller has
/// checked that the person may open the document and logged that they did.
/// </summary>
public sealed class ThumbnailCache : IDisposable
{
    /// <summary>At most this many bytes of thumbnails are kept; the least recently used go first.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>The document's thumbnail, made from <paramref name="open"/> when it is not kept; null when the document is absent or not a readable picture.</summary>
    public async Task<byte[]?> GetOrMakeAsync(TenantInfo tenant, string blobName, Func<CancellationToken, Task<Stream?>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(open);
        var key = new Key(tenant.Id, blobName);
        if (_cache.TryGetValue(key, out byte[]? kept) && kept is not null)
        {
            return kept;
        }

        await using var content = await open(cancellationToken);
        if (content is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        var made = DrawingThumbnail.Make(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        if (made is not null)
        {
            _cache.Set(key, made, new MemoryCacheEntryOptions { Size = made.Length, SlidingExpiration = KeptFor });
        }

        return made;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Key(string TenantId, string BlobName);
}
