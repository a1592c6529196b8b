using Consortium.Tenancy;

namespace Consortium.Practice.Documents;

/// <summary>
/// An authority's container name, checked against Azure's naming rules (3 to 63 lowercase letters, digits and single
/// hyphens, starting and ending with a letter or digit). The local store uses the same name as a folder, so the
/// check also keeps a mistyped setting from pointing outside the documents folder.
/// </summary>
internal static class DocumentContainerName
{
    public static string Of(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var name = tenant.DocumentContainer;
        if (!IsValid(name))
        {
            throw new InvalidOperationException(
                $"Authority '{tenant.Identifier}' has no valid document container: it must be 3 to 63 lowercase letters, digits and single hyphens.");
        }

        return name;
    }

    private static bool IsValid(string name) =>
        name.Length is >= 3 and <= 63
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && name[0] != '-'
        && name[^1] != '-'
        && !name.Contains("--", StringComparison.Ordinal);
}
