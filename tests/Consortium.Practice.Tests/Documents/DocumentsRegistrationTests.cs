using Consortium.Practice.Documents;
using Consortium.Tenancy.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Tests.Documents;

public sealed class DocumentsRegistrationTests : IDisposable
{
    private const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-documents-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        values["Database:DataDirectory"] = _dataDirectory;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddTenancy(configuration).AddDocuments(configuration).BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void By_default_documents_are_kept_in_local_folders()
    {
        using var services = Services();

        Assert.IsType<LocalFolderDocumentStore>(services.GetRequiredService<IDocumentStore>());
        Assert.Same(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IDocumentStore>());
        Assert.NotNull(services.GetRequiredService<DocumentUploadValidator>());
    }

    [Fact]
    public void The_azure_provider_uses_blob_storage_from_the_connection_string()
    {
        using var services = Services(("Documents:Provider", "AzureBlob"), ("Documents:ConnectionString", AzuriteConnectionString));

        Assert.IsType<AzureBlobDocumentStore>(services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public void The_azure_provider_without_a_connection_string_is_refused_with_the_setting_to_fix()
    {
        using var services = Services(("Documents:Provider", "AzureBlob"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IDocumentStore>());
        Assert.Contains("Documents:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
