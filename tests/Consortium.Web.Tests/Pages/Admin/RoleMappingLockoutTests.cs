using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>One host for the class: each test changes the role mapping of an authority no other test here uses.</summary>
public sealed class RoleMappingLockoutTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private readonly ConsortiumWebFactory _factory = factory;

    private static Dictionary<string, string> FormOf(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Regex.Matches(html, "<input[^>]*>"))
        {
            var name = Regex.Match(input.Value, "name=\"([^\"]*)\"").Groups[1].Value;
            var type = Regex.Match(input.Value, "type=\"([^\"]*)\"").Groups[1].Value;
            if (name.Length > 0 && type != "checkbox")
            {
                fields[name] = WebUtility.HtmlDecode(Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value);
            }
        }

        foreach (Match select in Regex.Matches(html, "<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields[select.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\"").Groups[1].Value;
        }

        return fields;
    }

    private static string AdministratorRule(Dictionary<string, string> form) =>
        form.First(f => f.Key.EndsWith(".Role", StringComparison.Ordinal) && f.Value == "TenantAdministrator" && form[f.Key.Replace(".Role", ".ClaimType", StringComparison.Ordinal)] == "roles").Key.Replace(".Role", "", StringComparison.Ordinal);

    [Fact]
    public async Task Changing_the_last_administrator_rule_to_a_value_nobody_has_is_refused_with_the_error_summary_and_the_administrator_keeps_their_role()
    {
        var admin = await _factory.SignedIn("http://suffolk.localhost/admin", "admin@suffolk");
        var page = await admin.GetStringAsync(new Uri("http://suffolk.localhost/admin/roles"));
        var form = FormOf(page);
        form[$"{AdministratorRule(form)}.ClaimValue"] = "NobodyHasThisRole";

        var response = await admin.PostAsync(new Uri("http://suffolk.localhost/admin/roles"), new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("would leave you unable to administer this authority", html, StringComparison.Ordinal);
        Assert.Contains("value=\"NobodyHasThisRole\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("http://suffolk.localhost/admin"))).StatusCode);
        Assert.DoesNotContain("NobodyHasThisRole", await admin.GetStringAsync(new Uri("http://suffolk.localhost/admin/roles")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_may_move_administration_to_another_claim_they_hold()
    {
        var admin = await _factory.SignedIn("http://west-sussex.localhost/admin", "admin@west-sussex");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://west-sussex.localhost/admin/roles")));
        var added = form.Keys.Count(k => k.EndsWith(".ClaimType", StringComparison.Ordinal)) - 1;
        form[$"Rules[{added}].ClaimType"] = "email";
        form[$"Rules[{added}].ClaimValue"] = "admin@west-sussex.example";
        form[$"Rules[{added}].Role"] = "TenantAdministrator";
        form[$"{AdministratorRule(form)}.ClaimValue"] = "NobodyHasThisRole";

        var response = await admin.PostAsync(new Uri("http://west-sussex.localhost/admin/roles"), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("http://west-sussex.localhost/admin"))).StatusCode);
    }
}
