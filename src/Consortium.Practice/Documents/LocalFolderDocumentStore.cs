using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Documents;

/// <summary>
/// Documents as files under the data directory, beside the authorities' databases:
/// {Database:DataDirectory}/documents/{container}/{name}. For the embedded default and development.
/// </summary>
public sealed class LocalFolderDocumentStore : IDocumentStore
{
    private const string PartialSuffix = ".partial";
    private readonly string _root;

    public LocalFolderDocumentStore(IOptions<DatabaseOptions> database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var dataDirectory = database.Value.DataDirectory;
        if (!Path.IsPathFullyQualified(dataDirectory))
        {
            throw new InvalidOperationException("Database:DataDirectory must be a full path for local document storage (AddTenancy resolves it).");
        }

        _root = Path.Combine(dataDirectory, "documents");
    }

    /// <remarks>
    /// The content is written under a temporary name and then renamed, so a reader never sees half a document and
    /// a failed upload leaves nothing behind. The content type is not kept here: the casework record holds it.
    /// </remarks>
    public async Task<string> SaveAsync(TenantInfo tenant, Stream content, string contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var folder = Directory.CreateDirectory(FolderOf(tenant)).FullName;
        var name = DocumentBlobName.New();
        var partial = Path.Combine(folder, name + PartialSuffix);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            await using (var file = new FileStream(partial, options))
            {
                await content.CopyToAsync(file, ct);
            }

            File.Move(partial, Path.Combine(folder, name));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return name;
    }

    public Task<Stream?> OpenReadAsync(TenantInfo tenant, string blobName, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var folder = FolderOf(tenant);
        if (!DocumentBlobName.IsValid(blobName))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read | FileShare.Delete, Options = FileOptions.Asynchronous };
            return Task.FromResult<Stream?>(new FileStream(Path.Combine(folder, blobName), options));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(TenantInfo tenant, string blobName, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var folder = FolderOf(tenant);
        if (DocumentBlobName.IsValid(blobName))
        {
            try
            {
                File.Delete(Path.Combine(folder, blobName));
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        return Task.CompletedTask;
    }

    private string FolderOf(TenantInfo tenant) => Path.Combine(_root, DocumentContainerName.Of(tenant));
}
