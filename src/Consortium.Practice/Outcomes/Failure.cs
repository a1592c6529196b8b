namespace Consortium.Practice.Outcomes;

/// <summary>
/// Why a change was not made. The four kinds are closed: a page shows each in its error summary (or its not-found
/// page), and the API answers each with one status, so no caller decodes a meaning from a field name.
/// </summary>
public abstract record Failure
{
    private Failure()
    {
    }

    /// <summary>What was sent breaks a rule of one or more fields; nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Failure
    {
        public Invalid(string field, string message)
            : this([new FieldError(field, message)])
        {
        }
    }

    /// <summary>There is no such record at this authority, or this person may not open it (the two look alike).</summary>
    public sealed record NotFound(string What) : Failure;

    /// <summary>
    /// Someone else changed the record since the version the change was based on: who and when (the message), and what
    /// they changed, in words and, where the record can tell, field by field.
    /// </summary>
    public sealed record Conflict(string Message, IReadOnlyList<string> TheirChanges) : Failure
    {
        /// <summary>Their changes field by field; empty where the record cannot tell (the words then say what it can).</summary>
        public IReadOnlyList<FieldChange> Changes { get; init; } = [];

        /// <summary>
        /// The version these changes lead to: the one a save may be based on once the person has been shown them (a
        /// token or a version number, as the record keeps it); null where it is not known.
        /// </summary>
        public string? Version { get; init; }

        public static Conflict Of(string message, IReadOnlyList<FieldChange> changes, string version)
        {
            ArgumentNullException.ThrowIfNull(changes);
            return new(message, [.. changes.Select(c => c.Describe())]) { Changes = changes, Version = version };
        }
    }

    /// <summary>The record is as the person saw it and the input is valid, but the change cannot be made to it now.</summary>
    public sealed record Refused(string Reason) : Failure;
}
