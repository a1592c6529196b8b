using Consortium.Tenancy.Data;

namespace Consortium.Practice.Staff;

/// <summary>A team of the authority's children's services, managed by a member of its staff.</summary>
public sealed class Team : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ServiceArea { get; set; }
    public Guid? ManagerId { get; set; }

    /// <summary>Counts the saves; a save based on an older version is refused as a conflict.</summary>
    public int Version { get; set; } = 1;
}
