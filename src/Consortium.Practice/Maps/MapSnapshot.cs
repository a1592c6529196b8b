using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>
/// A map's content, field by field, as it stood at one of its versions (<see cref="Token"/>, the ETag a client read it
/// with): written when a version is started and each time it is saved, so that a save based on an older version can be
/// told what changed since, with the value before and after, although the client sent only the ETag.
/// </summary>
public sealed class MapSnapshot : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid MapId { get; set; }
    public Guid Token { get; set; }

    /// <summary>The <see cref="MapFields"/> values by field name, as JSON.</summary>
    public string Fields { get; set; } = "{}";

    public DateTimeOffset SavedAt { get; set; }
}
