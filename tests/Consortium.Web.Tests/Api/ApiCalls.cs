using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

/// <summary>Calls to the casework API as a client of it does: JSON bodies, the anti-forgery header, ETags.</summary>
internal static class ApiCalls
{
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ReferralJson(string given, string family) => JsonSerializer.Serialize(new
    {
        givenName = given,
        familyName = family,
        dateOfBirth = "2019-05-04",
        sexCode = "2",
        ethnicityCode = "BAFR",
        referralDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        referralSource = "2A",
        primaryNeed = "N1",
    });

    public static string MoveJson(string to, string? closureReason = null) =>
        JsonSerializer.Serialize(new { to, effectiveOn = Today, closureReason });

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json, string? ifMatch = null, bool antiforgery = true) =>
        client.PostContent(url, new StringContent(json, Encoding.UTF8, "application/json"), ifMatch, antiforgery);

    public static Task<HttpResponseMessage> PostContent(this HttpClient client, string url, HttpContent content, string? ifMatch = null, bool antiforgery = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = content };
        if (antiforgery)
        {
            request.Headers.Add("X-Requested-With", "consortium");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Get(this HttpClient client, string url) => client.GetAsync(new Uri(url));

    /// <summary>Records a referral through the API and answers the new case's and child's ids and the case's ETag.</summary>
    public static async Task<(Guid CaseId, Guid ChildId, string ETag)> RecordReferral(this HttpClient client, string host, string given, string family)
    {
        var response = await client.PostJson($"{host}/api/referrals", ReferralJson(given, family));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        return (body.GetProperty("caseId").GetGuid(), body.GetProperty("childId").GetGuid(), response.Headers.ETag!.ToString());
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The problem in a response, after checking that it is one (RFC 9457) with the expected status.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
        var problem = await Json(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;
}
