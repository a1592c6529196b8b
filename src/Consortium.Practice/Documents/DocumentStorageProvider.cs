namespace Consortium.Practice.Documents;

public enum DocumentStorageProvider
{
    Local,
    AzureBlob,
}
