using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests;

internal static partial class Html
{
    public static string Heading(string html) => WebUtility.HtmlDecode(H1().Match(html).Groups[1].Value.Trim());

    public static string? TestId(string html, string id)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;
    }

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex H1();
}
