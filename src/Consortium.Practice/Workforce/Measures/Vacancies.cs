using System.Globalization;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// Each team's vacant social worker posts at 30 September of a census year, which the administrator enters for the
/// workforce census. A whole year's figures are saved together or not at all; an empty figure means not entered.
/// </summary>
public sealed class Vacancies(PracticeDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every team of the authority by name, with its figure for the year if entered.</summary>
    public async Task<IReadOnlyList<VacancyEntry>> ForYearAsync(CensusYear year, CancellationToken cancellationToken = default)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var entered = await db.TeamVacancies.AsNoTracking().Where(v => v.Year == year.Year).ToDictionaryAsync(v => v.TeamId, cancellationToken);
        return [.. teams.Select(t => entered.TryGetValue(t.Id, out var v)
            ? new VacancyEntry(t.Id, t.Name, v.VacantFte, v.Version, v.EnteredBy, v.EnteredAt)
            : new VacancyEntry(t.Id, t.Name, null, null, null, null))];
    }

    public async Task<Outcome<VacanciesSaved>> SaveAsync(CensusYear year, IReadOnlyList<VacancyInput> inputs, string enteredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!CensusYear.Choices(Today).Contains(year))
        {
            return new Failure.Invalid("Year", "Choose a census year from the list");
        }

        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        if (inputs.Any(i => !teams.ContainsKey(i.TeamId)) || inputs.DistinctBy(i => i.TeamId).Count() != inputs.Count)
        {
            return new Failure.NotFound("team");
        }

        var errors = new List<FieldError>();
        var figures = new Dictionary<Guid, decimal?>();
        foreach (var input in inputs)
        {
            if (Parse(input.VacantFte) is { } parsed)
            {
                figures[input.TeamId] = parsed.Value;
            }
            else
            {
                errors.Add(new(FieldId(input.TeamId), $"Vacancies for {teams[input.TeamId]} must be a number of FTE from 0 to {TeamVacancy.MaxFte:0}, with at most 2 decimal places, or left empty"));
            }
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var stored = await db.TeamVacancies.Where(v => v.Year == year.Year).ToDictionaryAsync(v => v.TeamId, cancellationToken);
        var changedByOthers = inputs
            .Where(i => stored.TryGetValue(i.TeamId, out var s) ? s.Version != i.Version : i.Version is not null)
            .Select(i => stored.TryGetValue(i.TeamId, out var s)
                ? $"{teams[i.TeamId]}: {s.VacantFte.ToString("0.##", CultureInfo.InvariantCulture)} FTE, entered by {s.EnteredBy}"
                : $"{teams[i.TeamId]}: figure removed")
            .ToList();
        if (changedByOthers.Count > 0)
        {
            return new Failure.Conflict("Someone else changed these vacancies since you opened the page", changedByOthers);
        }

        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var input in inputs)
        {
            var figure = figures[input.TeamId];
            stored.TryGetValue(input.TeamId, out var row);
            if (figure is null && row is not null)
            {
                db.TeamVacancies.Remove(row);
            }
            else if (figure is { } fte && row is null)
            {
                db.TeamVacancies.Add(new TeamVacancy { TeamId = input.TeamId, Year = year.Year, VacantFte = fte, EnteredBy = enteredBy, EnteredAt = now });
            }
            else if (figure is { } newFte && row is not null && row.VacantFte != newFte)
            {
                (row.VacantFte, row.EnteredBy, row.EnteredAt) = (newFte, enteredBy, now);
                row.Version++;
            }
            else
            {
                continue;
            }

            changed++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new Failure.Conflict("Someone else changed these vacancies at the same time", ["Look at the figures again and retry"]);
        }

        return new VacanciesSaved(changed);
    }

    /// <summary>The form field of a team's figure, at which its error is shown.</summary>
    public static string FieldId(Guid teamId) => $"Vacancies-{teamId}";

    /// <summary>The figure entered: Some(null) for empty, Some(value) for a valid number, null for anything else.</summary>
    private static Parsed? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null);
        }

        return decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fte)
            && fte <= TeamVacancy.MaxFte && decimal.Round(fte, 2) == fte
            ? new(fte)
            : null;
    }

    private sealed record Parsed(decimal? Value);
}

public sealed record VacancyEntry(Guid TeamId, string TeamName, decimal? VacantFte, int? Version, string? EnteredBy, DateTimeOffset? EnteredAt);

/// <summary>A team's figure as typed, and the version of it the person saw (null if none was entered then).</summary>
public sealed record VacancyInput(Guid TeamId, string? VacantFte, int? Version);

public sealed record VacanciesSaved(int Changed);
