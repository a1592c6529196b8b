using Consortium.Practice.Maps;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Maps;

/// <summary>A map version: its categories, each pair with every person's score, and the form to add a score.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class MapPageModel(SafetyMapService maps, Practice.DirectWork.DirectWorkService directWork) : FormPageModel
{
    public MapView View { get; private set; } = null!;

    public (string Statement, string Goal) Labels { get; private set; }

    /// <summary>Each person's overall score on every saved version of this case's map.</summary>
    public ScoreHistory History { get; private set; } = new([], []);

    /// <summary>The direct work recorded as having informed this version: the child's voice behind it.</summary>
    public IReadOnlyList<Practice.DirectWork.DirectWorkRecord> InformingWork { get; private set; } = [];

    /// <summary>The people who scored the previous version, offered to score this one.</summary>
    public IReadOnlyList<Scorer> PreviousScorers { get; private set; } = [];

    [BindProperty] public string? Scorer { get; set; }

    public SelectField ScorerField => new(nameof(Scorer), "Who is scoring", new Dictionary<string, string> { [""] = "Someone else (enter their details below)" }
        .Concat(PreviousScorers.Select((p, i) => KeyValuePair.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.Name} ({p.Role}{(p.Agency is null ? "" : $", {p.Agency}")})")))
        .ToDictionary(), Scorer, ErrorFor(nameof(Scorer)), "People who scored the previous version");

    public Hub.Charts.LineChart ScoreChart => new(
        "score-history", "Overall scores by map version",
        "Each person's overall score on each version of the map, and the mean; the same figures are in the table below the chart.",
        [.. History.Versions.Select(v => $"v{v.Version}, {v.MapDate.ToString("d MMM yy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}")],
        [.. History.People.Select((p, i) => new Hub.Charts.LineChart.Series($"{p.Name} ({p.Role})", [.. p.Scores.Select(s => (decimal?)s)], Palette[i % Palette.Length], Dashes[i / Palette.Length % Dashes.Length])),
            new Hub.Charts.LineChart.Series("Mean", History.Means, "#0b0c0c", Hub.Charts.LineChart.Dashed)]);

    private static readonly string[] Palette = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#912b88"];
    private static readonly string?[] Dashes = [Hub.Charts.LineChart.Solid, Hub.Charts.LineChart.Dotted, Hub.Charts.LineChart.DashDot];

    [BindProperty] public string? PairId { get; set; }
    [BindProperty] public string? PersonName { get; set; }
    [BindProperty] public string? PersonRole { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Why { get; set; }
    [BindProperty] public DateInput RatedOn { get; set; } = new();

    public SelectField PairField => new(nameof(PairId), "What is being scored", new Dictionary<string, string> { ["overall"] = "The map overall" }
        .Concat(View.Map.Pairs.Select((p, i) => new KeyValuePair<string, string>(p.Id.ToString(), $"{Labels.Statement} {i + 1}")))
        .ToDictionary(), PairId, ErrorFor(nameof(PairId)));
    public TextField PersonNameField => new(nameof(PersonName), "Name of the person scoring", PersonName, ErrorFor(nameof(PersonName)), Width: "govuk-!-width-one-half");
    public TextField PersonRoleField => new(nameof(PersonRole), "Who they are", PersonRole, ErrorFor(nameof(PersonRole)), "For example, mother, child, teacher, social worker", "govuk-!-width-one-half");
    public TextField AgencyField => new(nameof(Agency), "Agency (optional)", Agency, ErrorFor(nameof(Agency)), Width: "govuk-!-width-one-half");
    /// <summary>The authority's words for 0 and 10, from its policy.</summary>
    public Practice.Policy.SafetyScalePolicy Scale => maps.Scale;

    public SelectField ScoreField => new(nameof(Score), "Score", Enumerable.Range(0, 11).ToDictionary(
        i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        i => i switch { 0 => $"0: {Scale.ZeroAnchor}", 10 => $"10: {Scale.TenAnchor}", _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        Score, ErrorFor(nameof(Score)), $"0 means: {Scale.ZeroAnchor}. 10 means: {Scale.TenAnchor}.");
    public TextAreaField WhyField => new(nameof(Why), "Why they gave this score", Why, ErrorFor(nameof(Why)), Rows: 3);
    public DateField RatedOnField => new(nameof(RatedOn), "Date of the score", RatedOn, ErrorFor(nameof(RatedOn)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        RatedOn = DateInput.From(DateOnly.FromDateTime(DateTime.UtcNow));
        return Page();
    }

    public async Task<IActionResult> OnGetScoresCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var csv = new Consortium.Hub.Export.CsvTable(["person", "role", .. History.Versions.Select(v => $"version_{v.Version}_{v.MapDate:yyyy-MM-dd}")]);
        foreach (var person in History.People)
        {
            csv.Row([person.Name, person.Role, .. person.Scores.Select(s => s?.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        csv.Row(["Mean", "", .. History.Means.Select(m => m?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))]);
        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"scores_{View.Case.Reference}.csv");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, dateError) = RatedOn.Parse("The date of the score");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(RatedOn), dateError));
            return Invalid();
        }

        if (int.TryParse(Scorer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var chosen) && chosen < PreviousScorers.Count)
        {
            (PersonName, PersonRole, Agency) = (PreviousScorers[chosen].Name, PreviousScorers[chosen].Role, PreviousScorers[chosen].Agency);
        }
        else if (!string.IsNullOrEmpty(Scorer))
        {
            Errors.Add(new(nameof(Scorer), "Choose who is scoring from the list"));
            return Invalid();
        }

        if (!TryChosenPair(out var pair))
        {
            Errors.Add(new(nameof(PairId), "Choose a statement from this map, or the map overall"));
            return Invalid();
        }

        var input = new RatingInput
        {
            PairId = pair,
            PersonName = PersonName,
            PersonRole = PersonRole,
            Agency = Agency,
            Score = int.TryParse(Score, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null,
            Why = Why,
            RatedOn = on,
        };
        var outcome = await maps.RateAsync(id, input, CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved($"Score of {input.Score} by {input.PersonName} added", $"~/maps/{id}") : Failed(outcome.Failure);
    }

    /// <summary>The pair chosen to score: none for the map overall; false for a value that names neither.</summary>
    private bool TryChosenPair(out Guid? pair)
    {
        pair = null;
        if (string.IsNullOrEmpty(PairId) || PairId == "overall")
        {
            return true;
        }

        if (Guid.TryParse(PairId, out var id))
        {
            pair = id;
            return true;
        }

        return false;
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await maps.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        Labels = maps.Labels(view.Map.Kind);
        History = await maps.ScoreHistoryAsync(view.Map.CaseId, cancellationToken);
        PreviousScorers = await maps.PreviousScorersAsync(view.Map, cancellationToken);
        InformingWork = await directWork.InformingAsync(id, cancellationToken);
        return true;
    }
}
