using System.Diagnostics.CodeAnalysis;

namespace Consortium.Practice.Documents;

/// <summary>What <see cref="DocumentUploadValidator"/> decided: a safe file name and the detected content type, or the problems to show.</summary>
public sealed class DocumentUploadResult
{
    private DocumentUploadResult(string? fileName, string? contentType, IReadOnlyList<string> problems)
    {
        FileName = fileName;
        ContentType = contentType;
        Problems = problems;
    }

    /// <summary>The sanitised name to show and offer for download; never used to store the file.</summary>
    public string? FileName { get; }

    /// <summary>The content type recognised from the file's bytes.</summary>
    public string? ContentType { get; }

    /// <summary>Messages in the GOV.UK Design System's wording, for the error summary and the field.</summary>
    public IReadOnlyList<string> Problems { get; }

    [MemberNotNullWhen(true, nameof(FileName), nameof(ContentType))]
    public bool IsValid => Problems.Count == 0;

    internal static DocumentUploadResult Accepted(string fileName, string contentType) => new(fileName, contentType, []);

    internal static DocumentUploadResult Refused(IReadOnlyList<string> problems) => new(null, null, problems);
}
