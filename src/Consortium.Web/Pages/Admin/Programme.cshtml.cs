using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Metrics.Outbox;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Programme;
using Consortium.Practice.Settings;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin;

/// <summary>
/// The programme timeline: when the practice model was introduced, the baseline period and the phases. Every date is
/// checked and nothing is saved if any is wrong; a save based on a replaced version is refused with what changed. A
/// saved timeline goes to the outbox for the hub (dates only).
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed partial class ProgrammeModel(SettingsStore<ProgrammeTimeline> timelines, TimelineSharing sharing) : FormPageModel
{
    [BindProperty]
    public DateInput IntroducedOn { get; set; } = new();

    [BindProperty]
    public DateInput BaselineFrom { get; set; } = new();

    [BindProperty]
    public DateInput BaselineTo { get; set; } = new();

    [BindProperty]
    public List<PhaseInput> Phases { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// <summary>Each phase row of the form: a row left empty is no phase.</summary>
    public sealed class PhaseInput
    {
        public string? Name { get; set; }
        public DateInput Start { get; set; } = new();
        public DateInput End { get; set; } = new();

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && Start.IsEmpty && End.IsEmpty;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await timelines.GetCurrentAsync(cancellationToken);
        Version = current.Version;
        Show(current.Settings);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var proposed = new ProgrammeTimeline
        {
            IntroducedOn = Required(IntroducedOn, nameof(IntroducedOn), "The date the practice model was introduced"),
            BaselineFrom = Required(BaselineFrom, nameof(BaselineFrom), "The start of the baseline"),
            BaselineTo = Required(BaselineTo, nameof(BaselineTo), "The end of the baseline"),
        };
        var rows = Phases.Where(p => !p.IsEmpty).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var start = Required(row.Start, FieldId($"Phases.{i}.Start"), $"The start of phase {i + 1}");
            var (end, endError) = row.End.Parse($"The end of phase {i + 1}");
            if (endError is not null)
            {
                Errors.Add(new(FieldId($"Phases.{i}.End"), endError));
            }

            proposed.Phases.Add(new ProgrammePhase { Name = (row.Name ?? "").Trim(), Start = start, End = end });
        }

        Phases = [.. rows, new PhaseInput()];
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var outcome = await timelines.SaveAsync(proposed, Version, User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            await sharing.ShareAsync(cancellationToken);
            return this.Saved($"Programme timeline saved as version {outcome.Value} and shared with the hub.", "~/admin");
        }

        if (outcome.Failure is Failure.Conflict conflict && int.TryParse(conflict.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var theirs))
        {
            TakeTheirs(conflict, path => Take(path, conflict.Changes.First(c => c.Field == path).After));
            Version = theirs;
            ModelState.Clear();
        }

        return Failed(outcome.Failure, FieldId);
    }

    /// <summary>The form's id for a field of the timeline: "Phases.0.Start" is the date input "Phases[0].Start".</summary>
    public static string FieldId(string path) => PhasePath().Replace(path, "Phases[$1].$2");

    private DateOnly Required(DateInput input, string fieldId, string what)
    {
        var (date, error) = input.Parse(what);
        if (error is null && date is null)
        {
            error = $"Enter {char.ToLowerInvariant(what[0])}{what[1..]}";
        }

        if (error is not null)
        {
            Errors.Add(new(fieldId, error));
        }

        return date ?? default;
    }

    private void Show(ProgrammeTimeline timeline)
    {
        IntroducedOn = DateInput.From(timeline.IntroducedOn);
        BaselineFrom = DateInput.From(timeline.BaselineFrom);
        BaselineTo = DateInput.From(timeline.BaselineTo);
        Phases = [.. timeline.Phases.Select(p => new PhaseInput { Name = p.Name, Start = DateInput.From(p.Start), End = DateInput.From(p.End) }), new PhaseInput()];
    }

    /// <summary>Puts the other person's value of one field (as the settings store flattens it) into the form.</summary>
    private void Take(string path, string value)
    {
        DateInput Date() => DateInput.From(DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var d) ? d : null);
        var phase = PhasePath().Match(path);
        if (!phase.Success)
        {
            switch (path)
            {
                case nameof(ProgrammeTimeline.IntroducedOn): IntroducedOn = Date(); break;
                case nameof(ProgrammeTimeline.BaselineFrom): BaselineFrom = Date(); break;
                case nameof(ProgrammeTimeline.BaselineTo): BaselineTo = Date(); break;
            }

            return;
        }

        var index = int.Parse(phase.Groups[1].Value, CultureInfo.InvariantCulture);
        while (Phases.Count <= index + 1)
        {
            Phases.Add(new PhaseInput());
        }

        switch (phase.Groups[2].Value)
        {
            case nameof(ProgrammePhase.Name): Phases[index].Name = value; break;
            case nameof(ProgrammePhase.Start): Phases[index].Start = Date(); break;
            case nameof(ProgrammePhase.End): Phases[index].End = Date(); break;
        }
    }

    [GeneratedRegex("^Phases\\.([0-9]+)\\.([A-Za-z]+)$")]
    private static partial Regex PhasePath();
}
