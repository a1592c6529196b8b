using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

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
        reason = "Worried about bruising.",
        referrerName = "Rosalind Referrer",
        referrerAgency = "Brent Primary School",
        referrerEmail = "r.referrer@example.org",
    });

    public static string MoveJson(string to, string? closureReason = null, string[]? assessmentFactors = null, bool includeSiblings = false) =>
        JsonSerializer.Serialize(new { to, effectiveOn = Today, closureReason, assessmentFactors, includeSiblings });

    /// <summary>Moves a case at referral through a strategy discussion, section 47 enquiry and initial conference onto a plan today, and answers its ETag.</summary>
    public static async Task<string> OntoAPlan(this HttpClient client, string host, Guid caseId)
    {
        var etag = (await client.Get($"{host}/api/cases/{caseId}")).Headers.ETag!.ToString();
        foreach (var move in new[] { MoveJson("StrategyDiscussion"), MoveJson("Section47Enquiry"), MoveJson("InitialConference"), JsonSerializer.Serialize(new { to = "ChildProtectionPlan", effectiveOn = Today, categoryOfAbuse = "NEG" }) })
        {
            var moved = await client.PostJson($"{host}/api/cases/{caseId}/stage", move, etag);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            etag = moved.Headers.ETag!.ToString();
        }

        return etag;
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json, string? ifMatch = null, bool antiforgery = true) =>
        client.PostContent(url, new StringContent(json, Encoding.UTF8, "application/json"), ifMatch, antiforgery);

    public static Task<HttpResponseMessage> PostContent(this HttpClient client, string url, HttpContent content, string? ifMatch = null, bool antiforgery = true) =>
        client.Send(HttpMethod.Post, url, content, ifMatch, antiforgery);

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, string json, string? ifMatch = null, bool antiforgery = true) =>
        client.Send(HttpMethod.Put, url, new StringContent(json, Encoding.UTF8, "application/json"), ifMatch, antiforgery);

    private static Task<HttpResponseMessage> Send(this HttpClient client, HttpMethod method, string url, HttpContent content, string? ifMatch, bool antiforgery)
    {
        var request = new HttpRequestMessage(method, new Uri(url)) { Content = content };
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

    /// <summary>A map's whole content, as a save sends it.</summary>
    public static string MapJson(string harm, params (Guid? Id, string Statement, string Goal)[] pairs) => JsonSerializer.Serialize(new
    {
        mapDate = Today,
        harmStatement = harm,
        pairs = pairs.Select(p => new { id = p.Id, statement = p.Statement, goal = p.Goal }),
        nextSteps = new[] { new { what = "Visit the family", who = "Social worker", due = (string?)null, done = false } },
    });

    public static string RatingJson(int score, Guid? pairId = null) => JsonSerializer.Serialize(new
    {
        pairId,
        personName = "Amina Mother",
        personRole = "mother",
        score,
        why = "Things are calmer at home",
        ratedOn = Today,
    });

    public static string NetworkMemberJson(string name) =>
        JsonSerializer.Serialize(new { name, relationship = "Aunt", contact = "07700 900000", knowsDangerStatements = true, role = "Collects the children from school" });

    /// <summary>A plan revision with one rule kept by the given network members (or with no rules at all).</summary>
    public static string PlanJson(int basedOnRevision, params Guid[] responsible) => JsonSerializer.Serialize(new
    {
        basedOnRevision,
        status = "Draft",
        rules = responsible.Length == 0 ? [] : new object[] { new { rule = "An adult from the network is always at home after school", responsible } },
        warningSigns = "Shouting",
        bottomLines = "No contact after drinking",
        childsVersion = "Someone is always with me",
    });

    /// <summary>Starts the first version of a case's map through the API and answers its id and ETag.</summary>
    public static async Task<(Guid MapId, string ETag)> StartMap(this HttpClient client, string host, Guid caseId)
    {
        var response = await client.PostContent($"{host}/api/cases/{caseId}/maps", new StringContent(""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        return (body.GetProperty("id").GetGuid(), response.Headers.ETag!.ToString());
    }

    /// <summary>A one-pixel PNG, as a photo of a drawing would arrive.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// Records direct work with <see cref="Png"/> through the page /cases/{id}/direct-work, as a browser does, and
    /// answers the record's id and the stored file's name from the link on the child's record.
    /// </summary>
    public static async Task<(Guid DirectWorkId, string Blob)> RecordDirectWorkWithPng(this HttpClient client, string host, Guid caseId, Guid childId, string fileName)
    {
        var form = await (await client.Get($"{host}/cases/{caseId}/direct-work")).Content.ReadAsStringAsync();
        var today = DateTime.UtcNow;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.FormToken(form)), "__RequestVerificationToken" },
            { new StringContent("ThreeHouses"), "Tool" },
            { new StringContent(today.Day.ToString(CultureInfo.InvariantCulture)), "DoneOn.Day" },
            { new StringContent(today.Month.ToString(CultureInfo.InvariantCulture)), "DoneOn.Month" },
            { new StringContent(today.Year.ToString(CultureInfo.InvariantCulture)), "DoneOn.Year" },
            { new StringContent("My house of good things has my nan in it"), "GoodThingsWords" },
            { new StringContent("Given"), "ChildConsent" },
            { new StringContent("Given"), "ParentConsent" },
        };
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "Files", fileName);
        var posted = await client.PostAsync(new Uri($"{host}/cases/{caseId}/direct-work"), content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var record = await (await client.Get($"{host}/children/{childId}")).Content.ReadAsStringAsync();
        var link = Regex.Match(record, "/direct-work/([0-9a-f-]{36})/documents/([^\"/]+)\"");
        Assert.True(link.Success, "The child's record links to the uploaded file.");
        return (Guid.Parse(link.Groups[1].Value), link.Groups[2].Value);
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
