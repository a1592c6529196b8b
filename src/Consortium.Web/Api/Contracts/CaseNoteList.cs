namespace Consortium.Web.Api.Contracts;

/// <summary>A case's notes, latest first.</summary>
public sealed record CaseNoteList(Guid CaseId, IReadOnlyList<CaseNoteView> Notes);
