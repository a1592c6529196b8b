using Consortium.Practice.Maps;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Maps;

/// <summary>Write the latest version of a map: every category, the pairs (with room to add two), and next steps.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class EditMapModel(SafetyMapService maps) : FormPageModel
{
    public const int BlankPairs = 2;

    public MapView View { get; private set; } = null!;

    public (string Statement, string Goal) Labels { get; private set; }

    [BindProperty] public DateInput MapDate { get; set; } = new();
    [BindProperty] public MapKind Kind { get; set; }
    [BindProperty] public string? HarmStatement { get; set; }
    [BindProperty] public string? ComplicatingFactors { get; set; }
    [BindProperty] public string? ExistingStrengths { get; set; }
    [BindProperty] public string? ExistingSafety { get; set; }
    [BindProperty] public List<PairInput> Pairs { get; set; } = [];
    [BindProperty] public List<StepInput> NextSteps { get; set; } = [];
    [BindProperty] public Guid Token { get; set; }

    /// <summary>The map's fields as this form loaded them (<see cref="StartingValues"/>), for a conflict to compare with.</summary>
    [BindProperty] public string? StartedFrom { get; set; }

    public SelectField KindField => new(nameof(Kind), "Kind of map", new Dictionary<string, string>
    {
        [nameof(MapKind.SignsOfSafety)] = "Child in need or child protection: danger statements and safety goals",
        [nameof(MapKind.SignsOfWellbeing)] = "Early help: worry statements and wellbeing goals",
    }, Kind.ToString(), ErrorFor(nameof(Kind)), "The words the map uses follow your authority's policy");

    public DateField MapDateField => new(nameof(MapDate), "Date of the map", MapDate, ErrorFor(nameof(MapDate)));
    public TextAreaField HarmField => new(nameof(HarmStatement), "Harm", HarmStatement, ErrorFor(nameof(HarmStatement)), "What has actually happened to the child, in plain words");
    public TextAreaField ComplicatingField => new(nameof(ComplicatingFactors), "Complicating factors", ComplicatingFactors, ErrorFor(nameof(ComplicatingFactors)));
    public TextAreaField StrengthsField => new(nameof(ExistingStrengths), "Existing strengths", ExistingStrengths, ErrorFor(nameof(ExistingStrengths)));
    public TextAreaField SafetyField => new(nameof(ExistingSafety), "Existing safety", ExistingSafety, ErrorFor(nameof(ExistingSafety)), "Protective action people took when the danger was present");

    public TextAreaField StatementField(int i) => new($"Pairs[{i}].Statement", $"{Labels.Statement} {i + 1}", Pairs[i].Statement, ErrorFor($"Pairs-{i}"), Rows: 3);
    public DateField StepDueField(int i) => new($"NextSteps[{i}].Due", "By when", NextSteps[i].Due, null);

    public TextAreaField GoalField(int i) => new($"Pairs[{i}].Goal", $"{Labels.Goal} {i + 1}", Pairs[i].Goal, null, Rows: 3);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var field in new[] { nameof(MapInput.MapDate), nameof(MapInput.Kind), nameof(MapInput.HarmStatement), nameof(MapInput.Pairs), nameof(MapInput.ComplicatingFactors), nameof(MapInput.ExistingStrengths), nameof(MapInput.ExistingSafety), nameof(MapInput.NextSteps) })
        {
            Take(field);
        }

        StartFrom(View.Map);
        return View.IsLatest ? Page() : Redirect(Url.Content($"~/maps/{id}"));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (date, dateError) = MapDate.Parse("The date of the map");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(MapDate), dateError));
        }

        var steps = new List<(string?, string?, DateOnly?, bool)>();
        for (var i = 0; i < NextSteps.Count; i++)
        {
            var step = NextSteps[i];
            if (string.IsNullOrWhiteSpace(step.What) && string.IsNullOrWhiteSpace(step.Who) && step.Due.IsEmpty)
            {
                continue;
            }

            var (due, dueError) = step.Due.Parse($"Next step {i + 1} due date");
            if (dueError is not null)
            {
                Errors.Add(new($"NextSteps-{i}", dueError));
            }

            steps.Add((step.What, step.Who, due, step.Done));
        }

        if (Errors.Count == 0)
        {
            var input = new MapInput
            {
                MapDate = date,
                Kind = Kind,
                HarmStatement = HarmStatement,
                ComplicatingFactors = ComplicatingFactors,
                ExistingStrengths = ExistingStrengths,
                ExistingSafety = ExistingSafety,
                Pairs = [.. Pairs.Select(p => (p.Id, p.Statement, p.Goal))],
                NextSteps = steps,
            };
            var outcome = await maps.SaveAsync(id, input, Token, CurrentStaff.From(User), StartingValues.Read(StartedFrom), cancellationToken);
            if (outcome.IsDone)
            {
                return this.Saved("Map saved", $"~/maps/{id}");
            }

            if (outcome.Failure is Failure.Conflict conflict)
            {
                if (!await Load(id, cancellationToken))
                {
                    return NotFound();
                }

                // Only the version whose changes are shown may be saved over; one saved since is again a conflict.
                if (View.Map.ConcurrencyToken.ToString() == conflict.Version)
                {
                    TakeTheirs(conflict, Take);
                    StartFrom(View.Map);
                }

                ModelState.Clear();
            }

            return Failed(outcome.Failure);
        }

        return Invalid();
    }

    protected override string InputKeptAfterConflict => "Your own changes are in the form and have not been saved. Check them against theirs, then save again.";

    /// <summary>Bases the form on this version of the map: a save is now a save over it.</summary>
    private void StartFrom(SafetyMap map)
    {
        Token = map.ConcurrencyToken;
        StartedFrom = StartingValues.Write(MapFields.Of(map, Labels));
    }

    /// <summary>Puts one field of the loaded map into the form.</summary>
    private void Take(string field)
    {
        var map = View.Map;
        switch (field)
        {
            case nameof(MapInput.MapDate):
                MapDate = DateInput.From(map.MapDate);
                break;
            case nameof(MapInput.Kind):
                Kind = map.Kind;
                break;
            case nameof(MapInput.HarmStatement):
                HarmStatement = map.HarmStatement;
                break;
            case nameof(MapInput.Pairs):
                Pairs = [.. map.Pairs.Select(p => new PairInput { Id = p.Id, Statement = p.Statement, Goal = p.Goal }), .. Enumerable.Range(0, BlankPairs).Select(_ => new PairInput())];
                break;
            case nameof(MapInput.ComplicatingFactors):
                ComplicatingFactors = map.ComplicatingFactors;
                break;
            case nameof(MapInput.ExistingStrengths):
                ExistingStrengths = map.ExistingStrengths;
                break;
            case nameof(MapInput.ExistingSafety):
                ExistingSafety = map.ExistingSafety;
                break;
            case nameof(MapInput.NextSteps):
                NextSteps = [.. map.NextSteps.Select(s => new StepInput { What = s.What, Who = s.Who, Due = DateInput.From(s.Due), Done = s.Done }), new StepInput()];
                break;
        }
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await maps.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        Labels = maps.Labels(view.Map.Kind);
        return true;
    }

    public sealed class PairInput
    {
        public Guid? Id { get; set; }
        public string? Statement { get; set; }
        public string? Goal { get; set; }
    }

    public sealed class StepInput
    {
        public string? What { get; set; }
        public string? Who { get; set; }
        public DateInput Due { get; set; } = new();
        public bool Done { get; set; }
    }
}
