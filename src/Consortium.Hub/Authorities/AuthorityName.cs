using System.Text;

namespace Consortium.Hub.Authorities;

/// <summary>
/// The key an authority's name is matched on, so that the ways the Department and ONS write the same name meet:
/// case, "&amp;" for "and", punctuation (commas, full stops, apostrophes), hyphens and repeated spaces do not count,
/// and the Department's inverted qualifier ", City of" or ", County of" is dropped ("Bristol, City of" is "bristol",
/// "Southend-on-Sea" is "southend on sea", "Bournemouth, Christchurch and Poole" is "bournemouth christchurch and poole").
/// Nothing else is equated: "Durham" is not "County Durham", and a name is never matched on part of another.
/// </summary>
public static class AuthorityName
{
    private static readonly string[] InvertedQualifiers = [", city of", ", county of"];

    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim().ToLowerInvariant();
        foreach (var qualifier in InvertedQualifiers)
        {
            if (text.EndsWith(qualifier, StringComparison.Ordinal))
            {
                text = text[..^qualifier.Length];
            }
        }

        var key = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2013') && key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }
}
