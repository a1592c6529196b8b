namespace Consortium.Practice.Documents;

/// <summary>A kind of file staff may upload, recognised by its first bytes.</summary>
internal sealed class DocumentFormat
{
    public static readonly DocumentFormat Pdf = new("application/pdf", [".pdf"], ["application/x-pdf"], "%PDF-"u8.ToArray());
    public static readonly DocumentFormat Png = new("image/png", [".png"], ["image/x-png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    public static readonly DocumentFormat Jpeg = new("image/jpeg", [".jpg", ".jpeg"], ["image/jpg", "image/pjpeg"], [0xFF, 0xD8, 0xFF]);

    private static readonly DocumentFormat[] All = [Pdf, Png, Jpeg];

    private readonly string[] _extensions;
    private readonly string[] _otherDeclaredTypes;
    private readonly byte[] _signature;

    private DocumentFormat(string contentType, string[] extensions, string[] otherDeclaredTypes, byte[] signature)
    {
        ContentType = contentType;
        _extensions = extensions;
        _otherDeclaredTypes = otherDeclaredTypes;
        _signature = signature;
    }

    public string ContentType { get; }

    public string Extension => _extensions[0];

    /// <summary>The most bytes any format needs to be recognised.</summary>
    public static int SignatureLength { get; } = All.Max(f => f._signature.Length);

    public static DocumentFormat? Detect(ReadOnlySpan<byte> firstBytes)
    {
        foreach (var format in All)
        {
            if (firstBytes.StartsWith(format._signature))
            {
                return format;
            }
        }

        return null;
    }

    /// <param name="extension">Lowercase, with its dot.</param>
    public bool HasExtension(string extension) => _extensions.Contains(extension, StringComparer.Ordinal);

    /// <summary>Whether a browser's declared type names this format; older browsers send a few other names for it.</summary>
    public bool IsDeclaredAs(string declaredType) =>
        string.Equals(declaredType, ContentType, StringComparison.Ordinal) || _otherDeclaredTypes.Contains(declaredType, StringComparer.Ordinal);
}
