using System.Globalization;
using Consortium.Practice.Workforce.Measures;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The administrator enters each team's vacant social worker FTE at 30 September of a census year.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class VacanciesModel(Vacancies vacancies, TimeProvider clock) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    /// <summary>Each team's figure as typed, by team id.</summary>
    [BindProperty] public Dictionary<Guid, string?> Figures { get; set; } = [];

    /// <summary>The version of each team's figure the form was opened on; absent where none was entered then.</summary>
    [BindProperty] public Dictionary<Guid, int?> Versions { get; set; } = [];

    public CensusYear Chosen { get; private set; }
    public IReadOnlyList<VacancyEntry> Entries { get; private set; } = [];

    public static string Text(decimal? fte) => fte?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return Invalid();
        }

        Entries = await vacancies.ForYearAsync(Chosen, cancellationToken);
        Figures = Entries.ToDictionary(e => e.TeamId, e => (string?)Text(e.VacantFte));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return Invalid();
        }

        Entries = await vacancies.ForYearAsync(Chosen, cancellationToken);
        var inputs = Figures.Select(f => new VacancyInput(f.Key, f.Value, Versions.GetValueOrDefault(f.Key))).ToList();
        var saved = await vacancies.SaveAsync(Chosen, inputs, User.Identity?.Name ?? "administrator", cancellationToken);
        return saved.IsDone
            ? this.Saved($"Vacancies for census year {Chosen.Year} saved: {saved.Value.Changed} {(saved.Value.Changed == 1 ? "team" : "teams")} changed", $"~/workforce/measures?year={Chosen.Year}")
            : Failed(saved.Failure);
    }

    private bool Choose()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Chosen = Year is { } year ? new CensusYear(year) : CensusYear.LatestEndedBy(today);
        if (CensusYear.Choices(today).Contains(Chosen))
        {
            return true;
        }

        Chosen = CensusYear.LatestEndedBy(today);
        Errors.Add(new(null, "Choose a census year from the list on the workforce measures page"));
        return false;
    }
}
