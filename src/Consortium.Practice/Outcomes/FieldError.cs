namespace Consortium.Practice.Outcomes;

/// <summary>A problem with one field of what was sent: the field's name in the domain (a list item as "Pairs-0") and a message for the person who sent it.</summary>
public sealed record FieldError(string Field, string Message);
