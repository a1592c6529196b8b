using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin;

/// <summary>
/// Change the authority's practice policy. Every value is checked; if any is wrong nothing is saved. A save
/// based on a version someone else has replaced is refused with what they changed, keeping this person's input.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class PolicyModel(SettingsStore<PracticePolicy> policies) : FormPageModel
{
    public const int MaxValueLength = 500;

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await policies.GetCurrentAsync(cancellationToken);
        Version = current.Version;
        Values = ValuesOf(current.Settings);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var current = await policies.GetCurrentAsync(cancellationToken);
        var proposed = current.Settings;
        foreach (var setting in PolicySettings.All)
        {
            var value = (Values.GetValueOrDefault(setting.Path) ?? "").Trim();
            if (value.Length > MaxValueLength)
            {
                Errors.Add(new(FormError.IdFor(setting.Path), $"{setting.Label} must be {MaxValueLength} characters or fewer"));
                continue;
            }

            var (changed, error) = setting.WithInput(proposed, value);
            if (changed is null)
            {
                Errors.Add(new(FormError.IdFor(setting.Path), error!));
                continue;
            }

            proposed = changed;
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var outcome = await policies.SaveAsync(proposed, Version, User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            TempData["Saved"] = $"Policy saved as version {outcome.Value}. It applies now.";
            return RedirectToPage("/Admin/Index");
        }

        if (outcome.Failure is Failure.Conflict)
        {
            await RebaseOntoCurrent(cancellationToken);
        }

        return Failed(outcome.Failure, FormError.IdFor);
    }

    protected override string InputKeptAfterConflict => "Your changes have not been saved yet: they are below, on top of the newer version. Check them and save again.";

    /// <summary>
    /// Keeps every value this person changed, and takes the newer version's value for every one they did not,
    /// so saving again applies their changes without undoing the other person's.
    /// </summary>
    private async Task RebaseOntoCurrent(CancellationToken cancellationToken)
    {
        var loaded = await policies.GetVersionAsync(Version, cancellationToken);
        var current = await policies.GetCurrentAsync(cancellationToken);
        var before = loaded is null ? [] : ValuesOf(loaded);
        foreach (var (path, value) in ValuesOf(current.Settings))
        {
            var mine = (Values.GetValueOrDefault(path) ?? "").Trim();
            if (before.TryGetValue(path, out var original) && mine == original)
            {
                Values[path] = value;
            }
        }

        Version = current.Version;
        ModelState.Clear();
    }

    public string? ErrorForPath(string path) => ErrorFor(FormError.IdFor(path));

    private static Dictionary<string, string?> ValuesOf(PracticePolicy policy) =>
        PolicySettings.All.ToDictionary(s => s.Path, s => s.Display(policy));
}
