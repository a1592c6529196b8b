using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests;

/// <summary>
/// Walks the authorization-code flow as a browser does: follows redirects to the provider, fills in its
/// sign-in form (with its antiforgery token), and follows the code back to the app.
/// </summary>
internal static partial class SignInFlow
{
    public static async Task<HttpResponseMessage> Run(HttpClient client, Uri start, string userName, string password)
    {
        var response = await client.GetAsync(start);
        for (var step = 0; step < 12; step++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
                response = await client.GetAsync(next);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            if (!html.Contains("name=\"UserName\"", StringComparison.Ordinal))
            {
                return response;
            }

            response = await client.PostAsync(response.RequestMessage!.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["ReturnUrl"] = WebUtility.HtmlDecode(Field(html, "ReturnUrl")),
                ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            }));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return response;
            }
        }

        throw new InvalidOperationException("The sign-in flow did not finish.");
    }

    private static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        }

        return match.Groups[1].Value;
    }
}
