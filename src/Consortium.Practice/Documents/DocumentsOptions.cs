namespace Consortium.Practice.Documents;

/// <summary>Where documents are stored. Bound from the "Documents" section.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>Local keeps files under the data directory (the embedded default); AzureBlob uses Azure Blob Storage.</summary>
    public DocumentStorageProvider Provider { get; set; } = DocumentStorageProvider.Local;

    /// <summary>The storage account's connection string, for AzureBlob. A secret: keep it in Key Vault or the environment.</summary>
    public string? ConnectionString { get; set; }
}
