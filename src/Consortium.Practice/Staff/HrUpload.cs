using Consortium.Tenancy.Data;

namespace Consortium.Practice.Staff;

/// <summary>
/// An HR file uploaded for import, kept in the authority's own database between its preview and the administrator's
/// confirmation, so the import reads the same file again rather than anything the browser sends back.
/// </summary>
public sealed class HrUpload : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string Content { get; set; } = "";
}
