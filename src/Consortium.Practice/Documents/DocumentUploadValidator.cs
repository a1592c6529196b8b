using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Consortium.Practice.Documents;

/// <summary>
/// Decides whether an uploaded file may be kept. Its type is recognised from its first bytes, never from its name
/// or the type the browser declared: those must only agree with it, so a file named .png that is not a PNG is
/// refused. Allowed: PDF, PNG and JPEG.
/// </summary>
public sealed class DocumentUploadValidator
{
    public const string EmptyMessage = "The selected file is empty";
    public const string TypeMessage = "The selected file must be a PDF, JPG or PNG";

    /// <summary>How many of the file's first bytes <see cref="Validate"/> needs to recognise its type.</summary>
    public static int SignatureLength => DocumentFormat.SignatureLength;

    /// <param name="fileName">The name the browser sent; it may hold a path.</param>
    /// <param name="declaredContentType">The type the browser sent, if any.</param>
    /// <param name="firstBytes">At least the first <see cref="SignatureLength"/> bytes of the file (fewer only if it is shorter).</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <param name="maxBytes">The largest file allowed, in bytes.</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Pages take the validator from the container.")]
    public DocumentUploadResult Validate(string? fileName, string? declaredContentType, ReadOnlySpan<byte> firstBytes, long length, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (length == 0)
        {
            return DocumentUploadResult.Refused([EmptyMessage]);
        }

        var problems = new List<string>();
        if (length > maxBytes)
        {
            problems.Add($"The selected file must be smaller than {Describe(maxBytes)}");
        }

        var format = DocumentFormat.Detect(firstBytes);
        var (stem, extension) = DocumentFileName.Clean(fileName);
        if (format is null
            || (extension.Length > 0 && !format.HasExtension(extension))
            || !Agrees(format, declaredContentType))
        {
            problems.Add(TypeMessage);
        }

        if (format is null || problems.Count > 0)
        {
            return DocumentUploadResult.Refused(problems);
        }

        return DocumentUploadResult.Accepted(DocumentFileName.Compose(stem, extension.Length > 0 ? extension : format.Extension), format.ContentType);
    }

    /// <summary>A declared type is only a claim; a generic or missing one says nothing, a specific one must match the bytes.</summary>
    private static bool Agrees(DocumentFormat format, string? declaredContentType)
    {
        var declared = (declaredContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return declared is "" or "application/octet-stream" || format.IsDeclaredAs(declared);
    }

    private static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
