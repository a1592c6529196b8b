namespace Consortium.Practice.Casework;

/// <summary>Someone from another agency at a plan meeting (a teacher, a health visitor, a police officer), as written.</summary>
public sealed record OtherAttendee(string? Name, string? Agency);
