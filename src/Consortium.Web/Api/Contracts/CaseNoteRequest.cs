using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A case note as sent: the date it is about, its type (by name), the text, and whether it is a significant event.</summary>
public sealed record CaseNoteRequest(DateOnly? WrittenOn, CaseNoteType? Type, string? Text, bool? Significant)
{
    public CaseNoteInput ToInput() => new(WrittenOn, Type, Text, Significant ?? false);
}
