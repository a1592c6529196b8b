using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>One host for the class: each test changes the policy or roles of an authority no other test here uses.</summary>
public sealed class AdministrationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private readonly ConsortiumWebFactory _factory = factory;

    private static Dictionary<string, string> FormOf(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Regex.Matches(html, "<input[^>]*>"))
        {
            var name = Regex.Match(input.Value, "name=\"([^\"]*)\"").Groups[1].Value;
            var value = Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value;
            var type = Regex.Match(input.Value, "type=\"([^\"]*)\"").Groups[1].Value;
            if (name.Length > 0 && (type != "checkbox" || input.Value.Contains("checked", StringComparison.Ordinal)))
            {
                fields[name] = WebUtility.HtmlDecode(value);
            }
        }

        foreach (Match select in Regex.Matches(html, "<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields[select.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\"").Groups[1].Value;
        }

        return fields;
    }

    private static async Task<(HttpResponseMessage Response, string Html)> Submit(HttpClient client, string url, Dictionary<string, string> form)
    {
        var response = await client.PostAsync(new Uri(url), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<T> As<T>(string slug, Func<IServiceProvider, T> read)
    {
        var tenant = (await _factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await _factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => Task.FromResult(read(sp)));
    }

    [Fact]
    public async Task An_administrator_changes_the_policy_and_it_applies_at_once_with_its_history()
    {
        var admin = await _factory.SignedIn("http://lincolnshire.localhost/admin", "admin@lincolnshire");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://lincolnshire.localhost/admin/policy")));
        form["Values[Terminology.ModelName]"] = "Lincolnshire Safety";
        form["Values[Timescales.AssessmentWorkingDays]"] = "40";

        var (saved, _) = await Submit(admin, "http://lincolnshire.localhost/admin/policy", form);

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var overview = await admin.GetStringAsync(new Uri("http://lincolnshire.localhost/admin"));
        Assert.Equal("Lincolnshire Safety", Html.TestId(await admin.GetStringAsync(new Uri("http://lincolnshire.localhost/")), "model-name"));
        Assert.Contains("Policy saved as version 2. It applies now.", overview, StringComparison.Ordinal);
        Assert.Contains("Assessment timescale: 45 → 40 working days", overview, StringComparison.Ordinal);
        Assert.Contains("by Ada Administrator", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_asks_for_every_policy_setting_with_its_current_value()
    {
        var admin = await _factory.SignedIn("http://leicestershire.localhost/admin", "admin@leicestershire");
        var html = await admin.GetStringAsync(new Uri("http://leicestershire.localhost/admin/policy"));
        var form = FormOf(html);
        var policy = await As("leicestershire", sp => sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value);

        Assert.Equal(
            PolicySettings.All.Select(s => ($"Values[{s.Path}]", s.Display(policy))).Order(),
            form.Where(f => f.Key.StartsWith("Values[", StringComparison.Ordinal)).Select(f => (f.Key, (string?)f.Value)).Order());
        Assert.All(PolicySettings.All, s => Assert.Contains($">{s.Label}</label>", WebUtility.HtmlDecode(html), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_values_are_listed_in_the_error_summary_and_nothing_is_saved()
    {
        var admin = await _factory.SignedIn("http://wakefield.localhost/admin", "admin@wakefield");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://wakefield.localhost/admin/policy")));
        form["Values[Disclosure.SuppressionThreshold]"] = "3";
        form["Values[Timescales.CoreGroupWorkingDays]"] = "ten";
        form["Values[Terminology.ModelName]"] = "Changed but not saved";

        var (response, html) = await Submit(admin, "http://wakefield.localhost/admin/policy", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Timescales-CoreGroupWorkingDays\">First core group within must be a whole number</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Changed but not saved\"", html, StringComparison.Ordinal);
        Assert.Equal("Signs of Safety", await As("wakefield", sp => sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Terminology.ModelName));

        form["Values[Timescales.CoreGroupWorkingDays]"] = "10";
        var (again, againHtml) = await Submit(admin, "http://wakefield.localhost/admin/policy", form);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Suppression threshold must be 5 or more, the Department&#x27;s rule", againHtml.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_administrators_editing_at_once_never_silently_lose_a_change()
    {
        var first = await _factory.SignedIn("http://west-sussex.localhost/admin", "admin@west-sussex");
        var second = await _factory.SignedIn("http://west-sussex.localhost/admin", "admin@west-sussex");
        var firstForm = FormOf(await first.GetStringAsync(new Uri("http://west-sussex.localhost/admin/policy")));
        var secondForm = FormOf(await second.GetStringAsync(new Uri("http://west-sussex.localhost/admin/policy")));

        firstForm["Values[Timescales.VisitFrequencyWorkingDays]"] = "15";
        Assert.Equal(HttpStatusCode.Found, (await Submit(first, "http://west-sussex.localhost/admin/policy", firstForm)).Response.StatusCode);
        secondForm["Values[Timescales.MapReviewIntervalDays]"] = "60";
        var (stale, html) = await Submit(second, "http://west-sussex.localhost/admin/policy", secondForm);

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Matches("saved a newer version \\(2\\) at [0-9:]+ UTC on [^.]+ while you were editing. What they changed is listed below", html);
        Assert.Contains("data-field=\"Timescales.VisitFrequencyWorkingDays\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"60\"", html, StringComparison.Ordinal);
        Assert.Equal("15", FormOf(html)["Values[Timescales.VisitFrequencyWorkingDays]"]);
        Assert.Equal(15, await As("west-sussex", sp => sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales.VisitFrequencyWorkingDays));

        var (resaved, _) = await Submit(second, "http://west-sussex.localhost/admin/policy", FormOf(html));
        Assert.Equal(HttpStatusCode.Found, resaved.StatusCode);
        var policy = await As("west-sussex", sp => sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales);
        Assert.Equal((15, 60), (policy.VisitFrequencyWorkingDays, policy.MapReviewIntervalDays));
    }

    [Fact]
    public async Task A_role_mapping_change_applies_to_the_next_request_without_signing_in_again()
    {
        var practitioner = await _factory.SignedIn("http://tower-hamlets.localhost/me", "practitioner@tower-hamlets");
        Assert.Equal(HttpStatusCode.Found, (await practitioner.GetAsync(new Uri("http://tower-hamlets.localhost/admin"))).StatusCode);
        var admin = await _factory.SignedIn("http://tower-hamlets.localhost/admin", "admin@tower-hamlets");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://tower-hamlets.localhost/admin/roles")));
        var added = form.Keys.Count(k => k.EndsWith(".ClaimType", StringComparison.Ordinal)) - 1;
        form[$"Rules[{added}].ClaimType"] = "roles";
        form[$"Rules[{added}].ClaimValue"] = "Practitioner";
        form[$"Rules[{added}].Role"] = "TenantAdministrator";

        var (saved, _) = await Submit(admin, "http://tower-hamlets.localhost/admin/roles", form);

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetAsync(new Uri("http://tower-hamlets.localhost/admin"))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await (await _factory.SignedIn("http://brent.localhost/me", "practitioner@brent")).GetAsync(new Uri("http://brent.localhost/admin"))).StatusCode);
    }

    [Fact]
    public async Task Removing_every_administrator_rule_is_refused()
    {
        var admin = await _factory.SignedIn("http://wokingham.localhost/admin", "admin@wokingham");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://wokingham.localhost/admin/roles")));
        var adminRule = form.First(f => f.Key.EndsWith(".Role", StringComparison.Ordinal) && f.Value == "TenantAdministrator").Key.Replace(".Role", "", StringComparison.Ordinal);
        form[$"{adminRule}.Remove"] = "true";

        var (response, html) = await Submit(admin, "http://wokingham.localhost/admin/roles", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Keep at least one rule that makes people authority administrators", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("http://wokingham.localhost/admin"))).StatusCode);
    }

    [Fact]
    public async Task The_idle_timeout_comes_from_each_authoritys_policy()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), await As("norfolk", sp => sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantCookie).ExpireTimeSpan));
        var admin = await _factory.SignedIn("http://norfolk.localhost/admin", "admin@norfolk");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://norfolk.localhost/admin/policy")));
        form["Values[Session.IdleTimeoutMinutes]"] = "15";
        await Submit(admin, "http://norfolk.localhost/admin/policy", form);

        Assert.Equal(TimeSpan.FromMinutes(15), await As("norfolk", sp => sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantCookie).ExpireTimeSpan));
        Assert.Equal(TimeSpan.FromMinutes(30), await As("brent", sp => sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantCookie).ExpireTimeSpan));
    }

    [Theory]
    [InlineData("Practitioner,TeamManager")]
    [InlineData("1")]
    [InlineData(" TenantAdministrator")]
    public async Task A_role_value_that_is_not_exactly_one_role_is_refused_and_nothing_saved(string role)
    {
        var admin = await _factory.SignedIn("http://suffolk.localhost/admin", "admin@suffolk");
        var form = FormOf(await admin.GetStringAsync(new Uri("http://suffolk.localhost/admin/roles")));
        var added = form.Keys.Count(k => k.EndsWith(".ClaimType", StringComparison.Ordinal)) - 1;
        form[$"Rules[{added}].ClaimType"] = "groups";
        form[$"Rules[{added}].ClaimValue"] = "not-exactly-one-role";
        form[$"Rules[{added}].Role"] = role;

        var (response, html) = await Submit(admin, "http://suffolk.localhost/admin/roles", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Rule {added + 1}: choose a role", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not-exactly-one-role", await admin.GetStringAsync(new Uri("http://suffolk.localhost/admin/roles")), StringComparison.Ordinal);
    }
}

