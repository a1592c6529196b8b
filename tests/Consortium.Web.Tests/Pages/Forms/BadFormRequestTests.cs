using System.Net;
using System.Text;

namespace Consortium.Web.Tests.Pages.Forms;

/// <summary>A form post the service cannot take gets a GOV.UK error page saying what was wrong, never a blank 400.</summary>
public sealed class BadFormRequestTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Form = "http://brent.localhost/referrals/new";

    private async Task<(HttpClient Client, string Token)> SignedInWithToken()
    {
        var client = await factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        return (client, Html.FormToken(await client.GetStringAsync(new Uri(Form))));
    }

    private static async Task AssertErrorPage(HttpResponseMessage response, string says)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is a problem with what was sent", Html.Heading(html));
        Assert.Contains(says, Html.TestIdText(html, "bad-request-reason") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_character_in_a_text_field_is_refused_with_a_message()
    {
        var (client, token) = await SignedInWithToken();

        var response = await client.PostAsync(new Uri(Form), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["GivenName"] = "Am\0ara",
        }));

        await AssertErrorPage(response, "a character that cannot be saved");
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_with_a_message()
    {
        var (client, _) = await SignedInWithToken();

        var response = await client.PostAsync(new Uri(Form), new FormUrlEncodedContent(new Dictionary<string, string> { ["GivenName"] = "Amara" }));

        await AssertErrorPage(response, "could not be checked");
    }

    [Fact]
    public async Task A_form_with_too_many_fields_is_refused_with_a_message()
    {
        var (client, token) = await SignedInWithToken();
        var fields = Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"f{i}", "x")).Append(new("__RequestVerificationToken", token));

        var response = await client.PostAsync(new Uri(Form), new FormUrlEncodedContent(fields));

        await AssertErrorPage(response, "more than this service accepts");
    }

    [Fact]
    public async Task A_ten_megabyte_value_is_refused_with_a_message()
    {
        var (client, token) = await SignedInWithToken();
        var body = new StringBuilder("__RequestVerificationToken=").Append(Uri.EscapeDataString(token)).Append("&Reason=").Append('a', 10 * 1024 * 1024).ToString();

        var response = await client.PostAsync(new Uri(Form), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertErrorPage(response, "more than this service accepts");
    }

    [Fact]
    public async Task Json_posted_to_a_form_is_refused_with_a_message()
    {
        var (client, _) = await SignedInWithToken();

        var response = await client.PostAsync(new Uri(Form), new StringContent("{\"givenName\":\"Amara\"}", Encoding.UTF8, "application/json"));

        await AssertErrorPage(response, "takes a form");
    }

    [Fact]
    public async Task A_form_without_a_token_posted_to_an_address_that_does_not_exist_gets_the_not_found_page()
    {
        var (client, _) = await SignedInWithToken();

        var response = await client.PostAsync(new Uri("http://brent.localhost/no-such-page"), new FormUrlEncodedContent(new Dictionary<string, string> { ["GivenName"] = "Amara" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Html.Heading(await response.Content.ReadAsStringAsync()));
    }
}

