using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

/// <summary>An uploaded artefact (a photo or scan of a drawing, a document) held in the authority's document store.</summary>
public sealed class DirectWorkDocument
{
    public string BlobName { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
}
