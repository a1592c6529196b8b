using Consortium.Practice.Casework;
using Microsoft.Net.Http.Headers;

namespace Consortium.Web.Api;

/// <summary>A case's concurrency token as a strong entity tag, and back from an If-Match header.</summary>
public static class CaseETag
{
    public static string For(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return $"\"{record.ConcurrencyToken:N}\"";
    }

    /// <summary>The token of a single strong entity tag this API issued; false for anything else (lists, "*", weak tags).</summary>
    public static bool TryParse(string? header, out Guid token)
    {
        token = Guid.Empty;
        return EntityTagHeaderValue.TryParse(header, out var tag)
            && !tag.IsWeak
            && Guid.TryParseExact(tag.Tag.AsSpan().Trim('"'), "N", out token);
    }
}
