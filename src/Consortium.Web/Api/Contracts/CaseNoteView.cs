using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

public sealed record CaseNoteView(Guid Id, DateOnly WrittenOn, CaseNoteType Type, string Text, bool Significant, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static CaseNoteView From(CaseNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Id, note.WrittenOn, note.Type, note.Text, note.Significant, note.RecordedBy, note.RecordedAt);
    }
}
