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

    /// <summary>The text of an element with that test id, with inner whitespace collapsed.</summary>
    public static string? TestIdText(string html, string id)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "\\s+", " ").Trim()) : null;
    }

    public static string FormToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex H1();
}
