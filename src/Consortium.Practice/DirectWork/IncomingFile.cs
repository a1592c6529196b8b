using Consortium.Practice.Outcomes;
namespace Consortium.Practice.DirectWork;

/// <summary>A file as it arrives with a form: its name, declared type, length and content.</summary>
public sealed record IncomingFile(string? FileName, string? ContentType, long Length, Func<Stream> Open);
