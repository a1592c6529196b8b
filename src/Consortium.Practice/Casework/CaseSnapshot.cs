using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A case's fields (<see cref="CaseFields"/>) as they stood at one of its versions (<see cref="Token"/>, the ETag a client
/// was given): kept when a version is first opened and when a change makes one, so that a change sent with an older ETag
/// can be told what changed since, each field before and after, although the client sent only the ETag.
/// </summary>
public sealed class CaseSnapshot : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid Token { get; set; }

    /// <summary>The <see cref="CaseFields"/> values by field name, as JSON.</summary>
    public string Fields { get; set; } = "{}";

    public DateTimeOffset SavedAt { get; set; }
}
