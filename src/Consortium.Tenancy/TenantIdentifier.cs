using System.Text.RegularExpressions;

namespace Consortium.Tenancy;

/// <summary>Rules for a tenant's URL-safe identifier (slug).</summary>
public static partial class TenantIdentifier
{
    /// <summary>Host labels and path segments that can never name an authority.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "hub", "www", "t", "idp", "api", "health", "assets", "admin", "static" };

    public static bool IsWellFormed(string? identifier) =>
        identifier is not null && SlugPattern().IsMatch(identifier);

    public static bool IsReserved(string identifier) => Reserved.Contains(identifier);

    /// <summary>A message that says what is wrong with the identifier, or null if it can be used.</summary>
    public static string? Problem(string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return "Enter a short name (slug) for the authority";
        }

        if (!IsWellFormed(identifier))
        {
            return "Short name must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter";
        }

        return IsReserved(identifier) ? $"Short name '{identifier}' is reserved" : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
