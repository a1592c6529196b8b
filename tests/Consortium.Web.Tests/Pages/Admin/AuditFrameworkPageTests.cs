using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>An administrator edits the draft audit framework and publishes it (Wokingham; no other test changes its framework).</summary>
[Collection(SharedWebHost.Name)]
public sealed class AuditFrameworkPageTests(ConsortiumWebFactory factory)
{
    private const string Host = "http://wokingham.localhost";

    private static List<KeyValuePair<string, string>> FormOf(string html)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var saveForm = html[html.IndexOf("handler=Save", StringComparison.Ordinal)..];
        saveForm = saveForm[..saveForm.IndexOf("</form>", StringComparison.Ordinal)];
        foreach (Match m in Regex.Matches(saveForm, "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\""))
        {
            if (!m.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal) && m.Groups[1].Value != "__RequestVerificationToken")
            {
                fields.Add(new(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
            }
        }

        foreach (Match m in Regex.Matches(saveForm, "<select[^>]*name=\"([^\"]+)\"[^>]*>.*?<option value=\"([^\"]*)\" selected", RegexOptions.Singleline))
        {
            fields.Add(new(m.Groups[1].Value, m.Groups[2].Value));
        }

        fields.Add(new("__RequestVerificationToken", Html.FormToken(html)));
        return fields;
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(f => f.Key != name), new(name, value)];

    [Fact]
    public async Task An_administrator_changes_a_question_adds_one_and_publishes_and_a_bad_weight_saves_nothing()
    {
        var admin = await factory.SignedIn($"{Host}/admin/audit-framework", "admin@wokingham");
        var page = await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework"));
        var form = FormOf(page);

        var bad = await admin.PostAsync(new Uri($"{Host}/admin/audit-framework?handler=Save"), new FormUrlEncodedContent(With(form, "Framework.Domains[0].Questions[0].Weight", "11")));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var changed = With(With(form, "Framework.Domains[0].Questions[0].Text", "Is the danger statement in the family's own words?"), "NewQuestions[1].Text", "Has the child scaled their own safety?");
        var saved = await admin.PostAsync(new Uri($"{Host}/admin/audit-framework?handler=Save"), new FormUrlEncodedContent(changed));
        var draft = await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework"));
        var draftVersion = Regex.Match(draft, "name=\"DraftVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var published = await admin.PostAsync(new Uri($"{Host}/admin/audit-framework?handler=Publish"), new FormUrlEncodedContent([new("__RequestVerificationToken", Html.FormToken(draft)), new("DraftVersion", draftVersion)]));
        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework")));
        var qa = await factory.SignedIn($"{Host}/quality", "manager@wokingham");
        var framework = await (await qa.GetAsync(new Uri($"{Host}/api/audit-framework"))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#Domains-0-Questions-0-Weight\">The weight of question 1 of domain 1 must be from 1 to 10</a>", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Matches("Version [12] is in force", after);
        Assert.Contains("family's own words", framework, StringComparison.Ordinal);
        Assert.Contains("\"key\":\"has-the-child-scaled-their-own-safety\"", framework, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_where_a_number_belongs_are_named_in_the_error_summary_and_nothing_is_saved()
    {
        var admin = await factory.SignedIn($"{Host}/admin/audit-framework", "admin@wokingham");
        var page = await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework"));
        var form = With(With(With(FormOf(page), "Framework.SamplePerTeam", "ten"), "Framework.Domains[1].Questions[0].Weight", "two"), "NewDomain.Title", "Life story work");
        var draftBefore = Regex.Match(page, "name=\"DraftVersion\" value=\"(\\d+)\"").Groups[1].Value;

        var bad = await admin.PostAsync(new Uri($"{Host}/admin/audit-framework?handler=Save"), new FormUrlEncodedContent(form));
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var after = await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#SamplePerTeam\">Cases sampled per team each month must be a whole number</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Domains-1-Questions-0-Weight\">The weight of question 1 of domain 2 must be a whole number</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("must be from 1 to", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ten\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Life story work\"", html, StringComparison.Ordinal);
        Assert.Equal(draftBefore, Regex.Match(after, "name=\"DraftVersion\" value=\"(\\d+)\"").Groups[1].Value);
    }

    [Fact]
    public async Task An_administrator_adds_a_domain_and_a_grade_and_removes_a_domain_in_one_draft()
    {
        var admin = await factory.SignedIn($"{Host}/admin/audit-framework", "admin@wokingham");
        var page = await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework"));
        var removed = Regex.Match(page, "name=\"RemoveDomains\" type=\"checkbox\" value=\"([^\"]+)\"").Groups[1].Value;
        var domainsBefore = Regex.Count(page, "name=\"RemoveDomains\"");
        var gradesBefore = Regex.Count(page, "name=\"Framework.Grades\\[\\d+\\].Label\"");
        var form = FormOf(page);
        form.Add(new("RemoveDomains", removed));
        form = With(With(With(form, "NewDomain.Title", "Education and health"), "NewDomain.QuestionText", "Is the school part of the safety network?"), "NewGrade", "Serious concerns");

        var saved = await admin.PostAsync(new Uri($"{Host}/admin/audit-framework?handler=Save"), new FormUrlEncodedContent(form));
        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Host}/admin/audit-framework")));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.False(string.IsNullOrEmpty(removed));
        Assert.DoesNotContain($"value=\"{removed}\"", after, StringComparison.Ordinal);
        Assert.Equal(domainsBefore, Regex.Count(after, "name=\"RemoveDomains\""));
        Assert.Contains("Domain " + domainsBefore + ": Education and health", after, StringComparison.Ordinal);
        Assert.Contains("Is the school part of the safety network?", after, StringComparison.Ordinal);
        Assert.Equal(gradesBefore + 1, Regex.Count(after, "name=\"Framework.Grades\\[\\d+\\].Label\""));
        Assert.Contains("value=\"Serious concerns\"", after, StringComparison.Ordinal);
    }
}
