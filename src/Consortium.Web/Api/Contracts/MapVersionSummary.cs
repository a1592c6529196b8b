using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>One version of a case's map, without its content.</summary>
public sealed record MapVersionSummary(Guid Id, int Version, DateOnly MapDate, MapKind Kind, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static MapVersionSummary From(SafetyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map.Id, map.Version, map.MapDate, map.Kind, map.UpdatedBy, map.UpdatedAt);
    }
}
