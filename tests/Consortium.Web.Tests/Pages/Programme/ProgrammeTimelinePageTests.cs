using System.Net;
using Consortium.Hub.Programme;
using Consortium.Practice.Programme;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Pages.Conflicts;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Programme;

/// <summary>
/// The programme timeline page: an administrator sets the date the practice model was introduced, the baseline and the
/// phases; bad dates are named in the error summary and nothing is saved; a stale save is refused with what changed; the
/// saved dates reach the hub for that authority only. Its own host, because it changes timelines.
/// </summary>
public sealed class ProgrammeTimelinePageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Leicestershire = "http://leicestershire.localhost";
    private const string Norfolk = "http://norfolk.localhost";

    private async Task<CurrentSettings<ProgrammeTimeline>> StoredAsync(string slug)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) =>
            sp.GetRequiredService<SettingsStore<ProgrammeTimeline>>().GetCurrentAsync(ct));
    }

    private static List<KeyValuePair<string, string>> WithDate(List<KeyValuePair<string, string>> form, string name, DateOnly date) =>
        form.With($"{name}.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With($"{name}.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With($"{name}.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Each_authority_starts_from_its_reference_data_west_sussex_more_than_two_years_and_norfolk_new()
    {
        var westSussex = PostedForm.Of(await (await factory.SignedIn("http://west-sussex.localhost/admin", "admin@west-sussex")).GetStringAsync(new Uri("http://west-sussex.localhost/admin/programme")));
        var norfolk = PostedForm.Of(await (await factory.SignedIn($"{Norfolk}/admin", "admin@norfolk")).GetStringAsync(new Uri($"{Norfolk}/admin/programme")));

        Assert.Equal(("1", "10", "2012"), (westSussex.Value("IntroducedOn.Day"), westSussex.Value("IntroducedOn.Month"), westSussex.Value("IntroducedOn.Year")));
        Assert.Equal(("1", "10", "2014"), (norfolk.Value("IntroducedOn.Day"), norfolk.Value("IntroducedOn.Month"), norfolk.Value("IntroducedOn.Year")));
        Assert.Equal(("1", "4", "2012", "31", "3", "2014"), (norfolk.Value("BaselineFrom.Day"), norfolk.Value("BaselineFrom.Month"), norfolk.Value("BaselineFrom.Year"),
            norfolk.Value("BaselineTo.Day"), norfolk.Value("BaselineTo.Month"), norfolk.Value("BaselineTo.Year")));
        Assert.Equal("Implementation", norfolk.Value("Phases[0].Name"));
    }

    [Fact]
    public async Task Bad_dates_are_named_in_the_error_summary_and_nothing_is_saved()
    {
        var admin = await factory.SignedIn("http://wakefield.localhost/admin", "admin@wakefield");
        var form = PostedForm.Of(await admin.GetStringAsync(new Uri("http://wakefield.localhost/admin/programme")));
        WithDate(form, "BaselineTo", new DateOnly(2015, 3, 31));
        form.With("IntroducedOn.Day", "31").With("IntroducedOn.Month", "2");
        form.With("Phases[0].End.Year", "").With("Phases[0].Name", "Changed but not saved");

        var (response, html) = await admin.Post("http://wakefield.localhost/admin/programme", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("<a href=\"#IntroducedOn\">The date the practice model was introduced must be a real date</a>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Phases[0].End\">The end of phase 1 must include a year</a>", text, StringComparison.Ordinal);
        Assert.Contains("value=\"Changed but not saved\"", text, StringComparison.Ordinal);
        Assert.Equal(0, (await StoredAsync("wakefield")).Version);

        form.With("IntroducedOn.Day", "1").With("IntroducedOn.Month", "10").With("Phases[0].End.Year", "2016");
        var (again, againHtml) = await admin.Post("http://wakefield.localhost/admin/programme", form);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("<a href=\"#BaselineTo\">The baseline must end before the practice model was introduced (1 October 2014)</a>", WebUtility.HtmlDecode(againHtml), StringComparison.Ordinal);
        Assert.Equal(0, (await StoredAsync("wakefield")).Version);
    }

    [Fact]
    public async Task A_second_administrator_saving_an_old_version_is_told_what_changed_and_loses_nothing()
    {
        var first = await factory.SignedIn("http://suffolk.localhost/admin", "admin@suffolk");
        var second = await factory.SignedIn("http://suffolk.localhost/admin", "admin@suffolk");
        var firstForm = PostedForm.Of(await first.GetStringAsync(new Uri("http://suffolk.localhost/admin/programme")));
        var secondForm = PostedForm.Of(await second.GetStringAsync(new Uri("http://suffolk.localhost/admin/programme")));

        Assert.Equal(HttpStatusCode.Found, (await first.Post("http://suffolk.localhost/admin/programme", WithDate(firstForm, "IntroducedOn", new DateOnly(2012, 6, 4)))).Response.StatusCode);
        var (stale, html) = await second.Post("http://suffolk.localhost/admin/programme", secondForm.With("Phases[1].Name", "Sustaining"));

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Matches("saved a newer version \\(1\\) at [0-9:]+ UTC on [^.]+ while you were editing", html);
        var resubmit = PostedForm.Of(html);
        Assert.Equal(("4", "6", "2012"), (resubmit.Value("IntroducedOn.Day"), resubmit.Value("IntroducedOn.Month"), resubmit.Value("IntroducedOn.Year")));
        Assert.Equal(new DateOnly(2012, 6, 4), (await StoredAsync("suffolk")).Settings.IntroducedOn);

        Assert.Equal(HttpStatusCode.Found, (await second.Post("http://suffolk.localhost/admin/programme", resubmit)).Response.StatusCode);
        var saved = await StoredAsync("suffolk");
        Assert.Equal((2, new DateOnly(2012, 6, 4), "Sustaining"), (saved.Version, saved.Settings.IntroducedOn, saved.Settings.Phases[1].Name));
    }

    [Fact]
    public async Task The_date_leicestershire_sets_reaches_the_hub_for_leicestershire_only()
    {
        var admin = await factory.SignedIn($"{Leicestershire}/admin", "admin@leicestershire");
        var form = PostedForm.Of(await admin.GetStringAsync(new Uri($"{Leicestershire}/admin/programme")));
        WithDate(form, "IntroducedOn", new DateOnly(2014, 10, 1));
        WithDate(form, "Phases[0].Start", new DateOnly(2014, 10, 1));
        WithDate(form, "Phases[0].End", new DateOnly(2016, 9, 30));
        WithDate(form, "Phases[1].Start", new DateOnly(2016, 10, 1));
        WithDate(form, "BaselineFrom", new DateOnly(2012, 4, 1));
        WithDate(form, "BaselineTo", new DateOnly(2014, 3, 31));

        var (saved, _) = await admin.Post($"{Leicestershire}/admin/programme", form);

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var hub = factory.Services.GetRequiredService<TimelineIngestor>();
        IReadOnlyDictionary<string, MemberTimeline> held = new Dictionary<string, MemberTimeline>();
        for (var attempt = 0; attempt < 300 && !held.ContainsKey("E10000018"); attempt++)
        {
            await Task.Delay(100);
            held = await hub.HeldAsync();
        }

        Assert.Equal((new DateOnly(2014, 10, 1), 1, "2014-10-01/2016-09-30;2016-10-01/"), (held["E10000018"].IntroducedOn, held["E10000018"].Version, held["E10000018"].Phases));
        Assert.False(held.ContainsKey("E10000020"));
        Assert.All(held.Where(h => h.Key != "E10000018"), h => Assert.NotEqual(new DateOnly(2014, 10, 1), h.Value.IntroducedOn));
        Assert.Equal(0, (await StoredAsync("norfolk")).Version);
        Assert.Equal(new DateOnly(2014, 10, 1), (await StoredAsync("norfolk")).Settings.IntroducedOn);

        var lead = await factory.SignedIn("http://hub.localhost/me", "lead@hub");
        var impact = WebUtility.HtmlDecode(await lead.GetStringAsync(new Uri("http://hub.localhost/impact")));
        Assert.Matches("data-timeline=\"E10000018\">\\s*<th[^>]*>Leicestershire</th>\\s*<td[^>]*>1 October 2014</td>", impact);
        Assert.Matches("data-timeline=\"E10000020\">\\s*<th[^>]*>Norfolk</th>\\s*<td[^>]*>Not shared yet</td>", impact);
        var csv = await lead.GetStringAsync(new Uri("http://hub.localhost/impact?handler=TimelinesCsv"));
        Assert.Contains("E10000018,Leicestershire,2014-10-01,2012-04-01,2014-03-31,2014-10-01/2016-09-30;2016-10-01/,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_reaches_the_timeline()
    {
        var practitioner = await factory.SignedIn("http://brent.localhost/me", "practitioner@brent");
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri("http://brent.localhost/admin/programme"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        var form = PostedForm.Of(await (await factory.SignedIn("http://brent.localhost/admin", "admin@brent")).GetStringAsync(new Uri("http://brent.localhost/admin/programme")));
        var (post, _) = await practitioner.Post("http://brent.localhost/admin/programme", form);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, (await StoredAsync("brent")).Version);
    }
}
