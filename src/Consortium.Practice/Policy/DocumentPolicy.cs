namespace Consortium.Practice.Policy;

public sealed class DocumentPolicy
{
    /// <summary>The largest file staff may upload, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 20;
}
