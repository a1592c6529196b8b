using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>What the staff directory's page tests do through the pages: fill in the staff form, upload an HR file, find a record's id.</summary>
internal static class StaffPages
{
    public static Dictionary<string, string> Person(string token, string given, string family, string signInName, string role = "Practitioner") => new()
    {
        ["__RequestVerificationToken"] = token,
        ["GivenName"] = given,
        ["FamilyName"] = family,
        ["SignInName"] = signInName,
        ["Role"] = role,
        ["JobTitle"] = "Social worker",
        ["StartDate.Day"] = "1",
        ["StartDate.Month"] = "4",
        ["StartDate.Year"] = "2024",
        ["Fte"] = "1",
        ["Employment"] = "Employed",
    };

    /// <summary>Adds a member of staff through the add page and gives their record's id from the list.</summary>
    public static async Task<Guid> AddAsync(HttpClient admin, string host, string given, string family, string signInName, string role = "Practitioner")
    {
        var token = Html.FormToken(await admin.GetStringAsync(new Uri($"{host}/admin/staff/new")));
        var added = await admin.PostAsync(new Uri($"{host}/admin/staff/new"), new FormUrlEncodedContent(Person(token, given, family, signInName, role)));
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        return IdOf(await admin.GetStringAsync(new Uri($"{host}/admin/staff?status=All")), $"{given} {family}");
    }

    public static Guid IdOf(string listHtml, string name) =>
        Guid.Parse(Regex.Match(listHtml, $"href=\"/admin/staff/([0-9a-f-]{{36}})\">{Regex.Escape(name)}<").Groups[1].Value);

    public static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient admin, string host, string csv)
    {
        var token = Html.FormToken(await admin.GetStringAsync(new Uri($"{host}/admin/staff/import")));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "CsvFile", "staff.csv" },
        };
        var response = await admin.PostAsync(new Uri($"{host}/admin/staff/import?handler=Upload"), form);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string Hidden(string html, string name) => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;
}
