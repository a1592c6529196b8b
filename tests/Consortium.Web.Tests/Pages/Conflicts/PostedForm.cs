using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Conflicts;

/// <summary>A form as a browser posts it from a page: its inputs, checked boxes, chosen options and text areas.</summary>
internal static class PostedForm
{
    /// <summary>The fields of the page's main form (its largest, or the first with a field named <paramref name="withField"/>), not the layout's sign-out form.</summary>
    public static List<KeyValuePair<string, string>> Of(string html, string? withField = null)
    {
        var forms = Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
        var form = withField is null ? forms.MaxBy(f => f.Length)! : forms.First(f => f.Contains($"name=\"{withField}\"", StringComparison.Ordinal));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Regex.Matches(form, "<input[^>]*>"))
        {
            var name = Attribute(input.Value, "name");
            var type = Attribute(input.Value, "type");
            if (name.Length > 0 && (type is not ("checkbox" or "radio") || Regex.IsMatch(input.Value, "\\schecked[\\s=>]")))
            {
                fields.Add(new(name, Attribute(input.Value, "value")));
            }
        }

        foreach (Match select in Regex.Matches(form, "<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields.Add(new(select.Groups[1].Value, WebUtility.HtmlDecode(selected.Success ? selected.Groups[1].Value : Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\"").Groups[1].Value)));
        }

        foreach (Match area in Regex.Matches(form, "<textarea[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline))
        {
            fields.Add(new(area.Groups[1].Value, WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\r', '\n'))));
        }

        return fields;
    }

    public static string Value(this List<KeyValuePair<string, string>> form, string name) => form.Single(f => f.Key == name).Value;

    /// <summary>Sets a field as a person typing into it would.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string name, string value)
    {
        var at = form.FindIndex(f => f.Key == name);
        if (at < 0)
        {
            form.Add(new(name, value));
        }
        else
        {
            form[at] = new(name, value);
        }

        return form;
    }

    public static async Task<(HttpResponseMessage Response, string Html)> Post(this HttpClient client, string url, List<KeyValuePair<string, string>> form)
    {
        var response = await client.PostAsync(new Uri(url), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The panel that lists what someone else changed, as text, or null if the page has none.</summary>
    public static string? TheirChanges(string html)
    {
        var panel = Regex.Match(html, "<section[^>]*data-testid=\"their-changes\"[^>]*>(.*?)</section>", RegexOptions.Singleline);
        return panel.Success ? Text(panel.Groups[1].Value) : null;
    }

    /// <summary>What a page says, without its markup, spaces collapsed.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), "\\s+", " ")).Trim();

    private static string Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }
}
