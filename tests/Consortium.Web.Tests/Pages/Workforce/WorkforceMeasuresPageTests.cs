using System.Net;
using System.Text.RegularExpressions;
using Consortium.Practice.Staff;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Workforce;

/// <summary>
/// Workforce measures for census year 2019 at Wakefield, whose only registered social workers are this class's: in post
/// at 30 September 2019 Mia (1.0 FTE) and Noor (0.5); Ola (0.5) left on 31 March 2019. Turnover 0.5 / 1.5 = 33.3%;
/// with 0.5 FTE vacant, the vacancy rate is 0.5 / 2.0 = 25.0%. Norfolk reaches none of it.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class WorkforceMeasuresPageTests(ConsortiumWebFactory factory)
{
    private const string Wakefield = "http://wakefield.localhost";
    private const string Norfolk = "http://norfolk.localhost";
    private const string CensusTeam = "Wakefield census team";

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Html.FormToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    /// <summary>The value cell of a measure's row.</summary>
    private static string Value(string html, string code) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{code}\">.*?<td[^>]*>([^<]*)</td>", RegexOptions.Singleline).Groups[1].Value);

    private async Task<T> AtWakefield<T>(Func<IServiceProvider, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("wakefield"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) => work(sp));
    }

    /// <summary>The census team and its three social workers, once for the class (whichever test runs first).</summary>
    private Task<Guid> CensusTeamAsync() => AtWakefield(async sp =>
    {
        if ((await sp.GetRequiredService<StaffDirectory>().TeamsAsync()).FirstOrDefault(t => t.Name == CensusTeam) is { } existing)
        {
            return existing.Id;
        }

        var team = (await sp.GetRequiredService<TeamAdministration>().AddAsync(new TeamDetails(CensusTeam, "Assessment", null), "Test administrator")).Value!;
        foreach (var (name, fte, end) in new[] { ("mia", 1m, (DateOnly?)null), ("noor", 0.5m, null), ("ola", 0.5m, new DateOnly(2019, 3, 31)) })
        {
            var added = await sp.GetRequiredService<StaffAdministration>().AddAsync(new StaffDetails
            {
                GivenName = name, FamilyName = "Census", SignInName = $"{name}.census@wakefield.example", Role = "Practitioner", JobTitle = "Social worker",
                TeamId = team.Id, StartDate = new DateOnly(2017, 1, 1), EndDate = end, RegistrationNumber = "SW100200", Fte = fte, Employment = "Employed",
            }, "Test administrator");
            Assert.True(added.IsDone, added.Failure?.ToString());
        }

        return team.Id;
    });

    [Fact]
    public async Task An_administrator_enters_a_teams_vacancies_and_the_measures_and_their_csv_show_the_census_figures()
    {
        var team = await CensusTeamAsync();
        var admin = await factory.SignedIn($"{Wakefield}/workforce/vacancies?year=2019", "admin@wakefield");
        var form = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/vacancies?year=2019"));
        Assert.Contains($"{CensusTeam}: vacant FTE", form, StringComparison.Ordinal);

        var bad = await admin.PostAsync(new Uri($"{Wakefield}/workforce/vacancies?year=2019"), Form(form, ($"Figures[{team}]", "-1")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains($"<a href=\"#Vacancies-{team}\">Vacancies for {CensusTeam} must be a number", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var before = await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/measures?year=2019"));
        Assert.Equal("Not available", Value(before, "sw_vacancy_rate_fte"));

        var saved = await admin.PostAsync(new Uri($"{Wakefield}/workforce/vacancies?year=2019"), Form(form, ($"Figures[{team}]", "0.5")));
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal("/workforce/measures?year=2019", saved.Headers.Location!.ToString());

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"{Wakefield}/workforce/measures?year=2019")));
        Assert.Equal("1.5", Value(page, "sw_fte"));
        Assert.Equal("33.3", Value(page, "sw_turnover_rate_fte"));
        Assert.Equal("25.0", Value(page, "sw_vacancy_rate_fte"));
        var csv = await admin.GetAsync(new Uri($"{Wakefield}/workforce/measures?handler=Csv&year=2019"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("census_year,indicator,measure,value,unit", lines[0]);
        Assert.Contains("2019,sw_leavers_fte,Leavers in the year (FTE),0.5,fte", lines);
        Assert.Contains("2019,sw_vacancy_rate_fte,Vacancy rate (FTE): vacancies as a percentage of vacancies plus those in post,25.0,percent", lines);
    }

    [Fact]
    public async Task Another_authority_cannot_reach_a_teams_vacancies_and_only_administrators_and_quality_assurance_see_the_measures()
    {
        var team = await CensusTeamAsync();
        var norfolkAdmin = await factory.SignedIn($"{Norfolk}/workforce/vacancies?year=2019", "admin@norfolk");
        var norfolkForm = await norfolkAdmin.GetStringAsync(new Uri($"{Norfolk}/workforce/vacancies?year=2019"));
        Assert.DoesNotContain(CensusTeam, norfolkForm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await norfolkAdmin.PostAsync(new Uri($"{Norfolk}/workforce/vacancies?year=2019"), Form(norfolkForm, ($"Figures[{team}]", "3")))).StatusCode);
        Assert.Equal("0.0", Value(await norfolkAdmin.GetStringAsync(new Uri($"{Norfolk}/workforce/measures?year=2019")), "sw_leavers_fte"));

        var badYear = await norfolkAdmin.GetAsync(new Uri($"{Norfolk}/workforce/measures?year=1990"));
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("<a href=\"#Year\">Choose a census year from the list</a>", await badYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var qa = await factory.SignedIn($"{Wakefield}/workforce/measures", "qa@wakefield");
        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync(new Uri($"{Wakefield}/workforce/measures"))).StatusCode);
        Assert.Contains("/no-access", (await qa.GetAsync(new Uri($"{Wakefield}/workforce/vacancies"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        var practitioner = await factory.SignedIn($"{Wakefield}/workforce/my-training", "practitioner@wakefield");
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Wakefield}/workforce/measures"))).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Wakefield}/workforce/vacancies"))).Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_measures_are_reached_from_the_administration_page_and_the_training_matrix()
    {
        var admin = await factory.SignedIn($"{Wakefield}/admin", "admin@wakefield");
        var qa = await factory.SignedIn($"{Wakefield}/workforce/matrix", "qa@wakefield");

        Assert.Contains("href=\"/workforce/measures\"", await admin.GetStringAsync(new Uri($"{Wakefield}/admin")), StringComparison.Ordinal);
        Assert.Contains("href=\"/workforce/measures\"", await qa.GetStringAsync(new Uri($"{Wakefield}/workforce/matrix")), StringComparison.Ordinal);
    }
}
