using Consortium.Tenancy;

namespace Consortium.Practice.Tests.Documents;

internal static class DocumentTestTenants
{
    public static TenantInfo Named(string slug, string documentContainer) => new()
    {
        Id = "E0900" + slug.Length.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        Identifier = slug,
        Name = slug,
        OldLaCode = "999",
        NewLaCode = "E09000999",
        RegionCode = "E12000007",
        RegionName = "London",
        DocumentContainer = documentContainer,
    };

    public static async Task<byte[]> ReadAllAsync(Stream? stream)
    {
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    public static byte[] SomePdf(string marker) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {marker}\n%%EOF\n");

    /// <summary>Names that are not of the generated form, built around a real one so a lax check would find a file.</summary>
    public static IEnumerable<string> MalformedVariantsOf(string blobName, string otherContainer) =>
    [
        "",
        " ",
        "../x",
        "..",
        $"../{otherContainer}/{blobName}",
        $"..\\{otherContainer}\\{blobName}",
        $"{otherContainer}/{blobName}",
        $"/{blobName}",
        $"{blobName}/",
        $"./{blobName}",
        $"{blobName}.partial",
        blobName.ToUpperInvariant(),
        blobName[..^1],
        blobName + "0",
        $"%2e%2e%2f{otherContainer}%2f{blobName}",
    ];
}
