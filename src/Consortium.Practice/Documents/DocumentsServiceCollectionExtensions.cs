using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// The document store chosen by Documents:Provider, as <see cref="IDocumentStore"/>, and the upload validator.
    /// The local store needs the tenancy layer's database options (AddTenancy).
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DocumentsOptions>()
            .Bind(configuration.GetSection(DocumentsOptions.Section))
            .Validate(
                o => o.Provider != DocumentStorageProvider.AzureBlob || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Documents:ConnectionString must be set when Documents:Provider is AzureBlob.")
            .ValidateOnStart();

        services.TryAddSingleton<DocumentUploadValidator>();
        services.TryAddSingleton<ThumbnailCache>();
        services.TryAddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
            return options.Provider switch
            {
                DocumentStorageProvider.Local => ActivatorUtilities.CreateInstance<LocalFolderDocumentStore>(sp),
                DocumentStorageProvider.AzureBlob => new AzureBlobDocumentStore(CreateBlobServiceClient(options)),
                _ => throw new InvalidOperationException("Documents:Provider must be Local or AzureBlob."),
            };
        });
        return services;
    }

    /// <summary>
    /// The one place the storage account's credentials are chosen. Managed identity will replace the connection
    /// string here with <c>new BlobServiceClient(serviceUri, credential)</c>; the store itself does not change.
    /// </summary>
    private static BlobServiceClient CreateBlobServiceClient(DocumentsOptions options) => new(options.ConnectionString);
}
