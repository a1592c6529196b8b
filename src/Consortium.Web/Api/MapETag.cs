using Consortium.Practice.Maps;

namespace Consortium.Web.Api;

/// <summary>A map's concurrency token as a strong entity tag, in the same form as a case's (<see cref="CaseETag.TryParse"/> reads it back).</summary>
public static class MapETag
{
    public static string For(SafetyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return $"\"{map.ConcurrencyToken:N}\"";
    }
}
