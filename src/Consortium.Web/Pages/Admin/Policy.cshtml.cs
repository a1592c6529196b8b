using System.Globalization;
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
            return this.Saved($"Policy saved as version {outcome.Value}. It applies now.", "~/admin");
        }

        if (outcome.Failure is Failure.Conflict conflict && int.TryParse(conflict.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var theirs))
        {
            // The conflict's changes lead exactly to its version, and a setting's value is as this form writes it, so
            // their values are taken from it as they are; a version saved since then is again a conflict.
            TakeTheirs(conflict, path => Values[path] = conflict.Changes.First(c => c.Field == path).After);
            Version = theirs;
            ModelState.Clear();
        }

        return Failed(outcome.Failure, FormError.IdFor);
    }

    protected override string InputKeptAfterConflict => "Your own changes are in the form and have not been saved. Check them against theirs, then save again.";

    public string? ErrorForPath(string path) => ErrorFor(FormError.IdFor(path));

    private static Dictionary<string, string?> ValuesOf(PracticePolicy policy) =>
        PolicySettings.All.ToDictionary(s => s.Path, s => s.Display(policy));
}
