using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce.Measures;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce.Measures;

/// <summary>The administrator's vacancy figures: all saved or none, empty for not entered, a stale version refused.</summary>
public sealed class VacanciesTests : IAsyncLifetime
{
    private static readonly CensusYear Year = new(2025);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;

    public async Task InitializeAsync() => _brent = await _host.ProvisionedAsync("brent");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<T> Vacancies<T>(Func<Vacancies, Task<T>> work) => _host.As(_brent, sp => work(sp.GetRequiredService<Vacancies>()));

    [Fact]
    public async Task A_bad_figure_saves_none_of_the_years_figures_and_names_its_team()
    {
        var x = await StaffExamples.AddTeamAsync(_host, _brent, "Team X");
        var y = await StaffExamples.AddTeamAsync(_host, _brent, "Team Y");

        var bad = await Vacancies(v => v.SaveAsync(Year, [new(x.Id, "2", null), new(y.Id, "1.255", null)], "admin"));

        var error = Assert.Single(bad.Errors());
        Assert.Equal(Consortium.Practice.Workforce.Measures.Vacancies.FieldId(y.Id), error.Field);
        Assert.Contains("Team Y", error.Message, StringComparison.Ordinal);
        Assert.All(await Vacancies(v => v.ForYearAsync(Year)), e => Assert.Null(e.VacantFte));
    }

    [Fact]
    public async Task A_figure_changed_by_someone_else_since_the_page_was_opened_is_refused_and_emptying_a_figure_removes_it()
    {
        var x = await StaffExamples.AddTeamAsync(_host, _brent, "Team X");
        await Vacancies(v => v.SaveAsync(Year, [new(x.Id, "2", null)], "first"));
        var seen = (await Vacancies(v => v.ForYearAsync(Year)))[0];
        Assert.Equal((2m, 1), (seen.VacantFte, seen.Version));
        await Vacancies(v => v.SaveAsync(Year, [new(x.Id, "3", 1)], "second"));

        var stale = await Vacancies(v => v.SaveAsync(Year, [new(x.Id, "4", 1)], "first"));
        var emptied = await Vacancies(v => v.SaveAsync(Year, [new(x.Id, "", 2)], "second"));

        stale.Conflict();
        Assert.Equal(1, emptied.Value!.Changed);
        Assert.Null((await Vacancies(v => v.ForYearAsync(Year)))[0].VacantFte);
    }
}
