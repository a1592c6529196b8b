using Consortium.Practice.Documents;
using Consortium.Tenancy.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Tests.Documents;

public sealed class LocalFolderDocumentStoreTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("consortium-documents-").FullName;
    private readonly LocalFolderDocumentStore _store;

    private static readonly Consortium.Tenancy.TenantInfo Brent = DocumentTestTenants.Named("brent", "documents-brent");
    private static readonly Consortium.Tenancy.TenantInfo Bristol = DocumentTestTenants.Named("bristol", "documents-bristol");

    public LocalFolderDocumentStoreTests() =>
        _store = new LocalFolderDocumentStore(Options.Create(new DatabaseOptions { DataDirectory = _dataDirectory }));

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private Task<string> Save(Consortium.Tenancy.TenantInfo tenant, byte[] content) =>
        _store.SaveAsync(tenant, new MemoryStream(content), "application/pdf", CancellationToken.None);

    [Fact]
    public async Task A_saved_document_reads_back_byte_for_byte_from_the_authoritys_own_folder()
    {
        var content = DocumentTestTenants.SomePdf("brent");

        var name = await Save(Brent, content);

        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(Brent, name, CancellationToken.None)));
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "documents", "documents-brent", name)));
        Assert.Equal([name], Directory.GetFiles(Path.Combine(_dataDirectory, "documents", "documents-brent")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Each_document_gets_a_new_name_of_32_lowercase_hex_characters()
    {
        var first = await Save(Brent, DocumentTestTenants.SomePdf("one"));
        var second = await Save(Brent, DocumentTestTenants.SomePdf("one"));

        Assert.NotEqual(first, second);
        Assert.All([first, second], name => Assert.Matches("^[0-9a-f]{32}$", name));
    }

    [Fact]
    public async Task Another_authority_can_neither_read_nor_delete_a_document_by_its_name()
    {
        var content = DocumentTestTenants.SomePdf("brent");
        var name = await Save(Brent, content);
        await Save(Bristol, DocumentTestTenants.SomePdf("bristol"));

        Assert.Null(await _store.OpenReadAsync(Bristol, name, CancellationToken.None));
        await _store.DeleteAsync(Bristol, name, CancellationToken.None);

        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(Brent, name, CancellationToken.None)));
    }

    [Fact]
    public async Task A_name_not_of_the_generated_form_reads_nothing_and_deletes_nothing()
    {
        var content = DocumentTestTenants.SomePdf("brent");
        var name = await Save(Brent, content);
        File.WriteAllText(Path.Combine(_dataDirectory, "documents", "x"), "outside any authority's folder");

        foreach (var malformed in DocumentTestTenants.MalformedVariantsOf(name, "documents-brent"))
        {
            Assert.Null(await _store.OpenReadAsync(Bristol, malformed, CancellationToken.None));
            Assert.Null(await _store.OpenReadAsync(Brent, malformed, CancellationToken.None));
            await _store.DeleteAsync(Bristol, malformed, CancellationToken.None);
            await _store.DeleteAsync(Brent, malformed, CancellationToken.None);
        }

        Assert.Null(await _store.OpenReadAsync(Brent, null!, CancellationToken.None));
        Assert.Equal(content, await DocumentTestTenants.ReadAllAsync(await _store.OpenReadAsync(Brent, name, CancellationToken.None)));
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "documents", "x")));
    }

    [Fact]
    public async Task A_deleted_document_is_gone_and_deleting_what_is_absent_is_harmless()
    {
        var name = await Save(Brent, DocumentTestTenants.SomePdf("brent"));

        await _store.DeleteAsync(Brent, name, CancellationToken.None);
        await _store.DeleteAsync(Brent, name, CancellationToken.None);
        await _store.DeleteAsync(Bristol, DocumentBlobName.New(), CancellationToken.None);

        Assert.Null(await _store.OpenReadAsync(Brent, name, CancellationToken.None));
        Assert.Null(await _store.OpenReadAsync(Bristol, DocumentBlobName.New(), CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_upload_leaves_nothing_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(Brent, new FailingStream(), "application/pdf", CancellationToken.None));

        Assert.Empty(Directory.GetFiles(Path.Combine(_dataDirectory, "documents", "documents-brent")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../documents-bristol")]
    [InlineData("..")]
    [InlineData("Documents-Brent")]
    [InlineData("documents/brent")]
    [InlineData("documents--brent")]
    [InlineData("-documents-brent")]
    public async Task An_authority_whose_container_name_is_not_a_valid_one_is_refused(string container)
    {
        var misconfigured = DocumentTestTenants.Named("brent", container);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Save(misconfigured, DocumentTestTenants.SomePdf("x")));
        Assert.Contains("'brent'", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.OpenReadAsync(misconfigured, DocumentBlobName.New(), CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(_dataDirectory, "documents-bristol")));
    }

    [Fact]
    public void A_data_directory_that_is_not_a_full_path_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new LocalFolderDocumentStore(Options.Create(new DatabaseOptions { DataDirectory = "relative" })));

    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base(new byte[100])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("The connection was reset."));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException<int>(new IOException("The connection was reset."));
    }
}
