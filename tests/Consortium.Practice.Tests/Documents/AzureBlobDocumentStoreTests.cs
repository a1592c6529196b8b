using Azure.Storage.Blobs.Models;
using Consortium.Practice.Documents;

namespace Consortium.Practice.Tests.Documents;

[Trait("Needs", "Azurite")]
public sealed class AzureBlobDocumentStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly AzureBlobDocumentStore _store = new(azurite.Service);

    [Fact]
    public async Task A_saved_document_reads_back_byte_for_byte_with_its_content_type()
    {
        var brent = azurite.Tenant("brent");
        var content = DocumentTestTenants.SomePdf("brent");

        var name = await _store.SaveAsync(brent, new MemoryStream(content), "application/pdf", CancellationToken.None);

        Assert.Matches("^[0-9a-f]{32}$", name);
        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(brent, name, CancellationToken.None)));
        var properties = await azurite.Service.GetBlobContainerClient(brent.DocumentContainer).GetBlobClient(name).GetPropertiesAsync();
        Assert.Equal("application/pdf", properties.Value.ContentType);
    }

    [Fact]
    public async Task Each_authority_has_its_own_private_container_created_on_its_first_document()
    {
        var brent = azurite.Tenant("brent-containers");
        var bristol = azurite.Tenant("bristol-containers");

        var ofBrent = await _store.SaveAsync(brent, new MemoryStream(DocumentTestTenants.SomePdf("brent")), "application/pdf", CancellationToken.None);
        var ofBristol = await _store.SaveAsync(bristol, new MemoryStream(DocumentTestTenants.SomePdf("bristol")), "image/png", CancellationToken.None);

        foreach (var (tenant, name) in new[] { (brent, ofBrent), (bristol, ofBristol) })
        {
            var container = azurite.Service.GetBlobContainerClient(tenant.DocumentContainer);
            var blobs = new List<string>();
            await foreach (var blob in container.GetBlobsAsync())
            {
                blobs.Add(blob.Name);
            }

            Assert.Equal([name], blobs);
            Assert.Equal(PublicAccessType.None, (await container.GetAccessPolicyAsync()).Value.BlobPublicAccess);
        }
    }

    [Fact]
    public async Task Another_authority_can_neither_read_nor_delete_a_document_by_its_name()
    {
        var brent = azurite.Tenant("brent");
        var bristol = azurite.Tenant("bristol");
        var content = DocumentTestTenants.SomePdf("brent");
        var name = await _store.SaveAsync(brent, new MemoryStream(content), "application/pdf", CancellationToken.None);
        await _store.SaveAsync(bristol, new MemoryStream(DocumentTestTenants.SomePdf("bristol")), "application/pdf", CancellationToken.None);

        Assert.Null(await _store.OpenReadAsync(bristol, name, CancellationToken.None));
        await _store.DeleteAsync(bristol, name, CancellationToken.None);

        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(brent, name, CancellationToken.None)));
    }

    [Fact]
    public async Task A_name_not_of_the_generated_form_reads_nothing_and_deletes_nothing()
    {
        var brent = azurite.Tenant("brent");
        var bristol = azurite.Tenant("bristol");
        var content = DocumentTestTenants.SomePdf("brent");
        var name = await _store.SaveAsync(brent, new MemoryStream(content), "application/pdf", CancellationToken.None);

        foreach (var malformed in DocumentTestTenants.MalformedVariantsOf(name, brent.DocumentContainer))
        {
            Assert.Null(await _store.OpenReadAsync(bristol, malformed, CancellationToken.None));
            Assert.Null(await _store.OpenReadAsync(brent, malformed, CancellationToken.None));
            await _store.DeleteAsync(bristol, malformed, CancellationToken.None);
            await _store.DeleteAsync(brent, malformed, CancellationToken.None);
        }

        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(brent, name, CancellationToken.None)));
    }

    [Fact]
    public async Task A_deleted_document_is_gone_and_deleting_what_is_absent_is_harmless()
    {
        var brent = azurite.Tenant("brent");
        var neverUsed = azurite.Tenant("wokingham");
        var name = await _store.SaveAsync(brent, new MemoryStream(DocumentTestTenants.SomePdf("brent")), "application/pdf", CancellationToken.None);

        await _store.DeleteAsync(brent, name, CancellationToken.None);
        await _store.DeleteAsync(brent, name, CancellationToken.None);
        await _store.DeleteAsync(neverUsed, DocumentBlobName.New(), CancellationToken.None);

        Assert.Null(await _store.OpenReadAsync(brent, name, CancellationToken.None));
        Assert.Null(await _store.OpenReadAsync(neverUsed, DocumentBlobName.New(), CancellationToken.None));
        Assert.False(await azurite.Service.GetBlobContainerClient(neverUsed.DocumentContainer).ExistsAsync());
    }
}
