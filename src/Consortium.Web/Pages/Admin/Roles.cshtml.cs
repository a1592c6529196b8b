using System.Globalization;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin;

/// <summary>Change which identity-provider claims give which roles. Applies to everyone's next request.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class RolesModel(SettingsStore<RoleMapping> mappings, RoleMappingChange change, ConfiguredRoleRules configured, ITenantContextAccessor tenant) : FormPageModel
{
    [BindProperty]
    public List<RuleInput> Rules { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<RoleMappingRule> Configured { get; private set; } = [];

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        Configured = tenant.Current is { } current ? configured.For(current) : [];
        base.OnPageHandlerExecuting(context);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await mappings.GetCurrentAsync(cancellationToken);
        Version = current.Version;
        Rules = RowsOf(current.Settings);
    }

    private static List<RuleInput> RowsOf(RoleMapping mapping) =>
        [.. mapping.Rules.Select(r => new RuleInput { ClaimType = r.ClaimType, ClaimValue = r.ClaimValue, Role = r.Role.ToString() }), new RuleInput()];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Rules.Count > RoleMappingKind.MaxRules + 1)
        {
            Errors.Add(new(null, $"An authority can have at most {RoleMappingKind.MaxRules} role rules"));
            return Invalid();
        }

        var kept = Rules.Where(r => !r.Remove && !(string.IsNullOrWhiteSpace(r.ClaimType) && string.IsNullOrWhiteSpace(r.ClaimValue))).ToList();
        var proposed = new RoleMapping { Rules = [] };
        for (var i = 0; i < kept.Count; i++)
        {
            if (!StaffRoles.TryParseExactly(kept[i].Role, out var role))
            {
                Errors.Add(new($"Rules-{Rules.IndexOf(kept[i])}-Role", $"Rule {i + 1}: choose a role"));
                continue;
            }

            proposed.Rules.Add(new RoleMappingRule { ClaimType = (kept[i].ClaimType ?? "").Trim(), ClaimValue = (kept[i].ClaimValue ?? "").Trim(), Role = role });
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var signedInWith = User.Claims.Select(c => (c.Type, c.Value)).ToList();
        var outcome = await change.SaveAsync(proposed, Version, User.Identity?.Name ?? "", signedInWith, cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"Role mapping saved as version {outcome.Value}. It applies now.", "~/admin");
        }

        if (outcome.Failure is Failure.Conflict conflict)
        {
            // Only the version whose changes are shown may be saved over; one saved since is again a conflict.
            var current = await mappings.GetCurrentAsync(cancellationToken);
            if (current.Version.ToString(CultureInfo.InvariantCulture) == conflict.Version)
            {
                TakeTheirs(conflict, _ => Rules = RowsOf(current.Settings));
                Version = current.Version;
            }

            ModelState.Clear();
        }

        return Failed(outcome.Failure, field => FieldId(field, kept));
    }

    protected override string InputKeptAfterConflict => "Your changes are below and have not been saved. Check them and save again.";

    public string? ErrorFor(int index, string part) => ErrorFor($"Rules-{index}-{part}");

    /// <summary>Points a problem about the saved (kept) rule i at the row the person typed it in.</summary>
    private string? FieldId(string path, List<RuleInput> kept)
    {
        var parts = path.Split('.');
        return parts.Length == 3 && int.TryParse(parts[1], out var i) && i < kept.Count ? $"Rules-{Rules.IndexOf(kept[i])}-{parts[2]}" : null;
    }


    public sealed class RuleInput
    {
        public string? ClaimType { get; set; }
        public string? ClaimValue { get; set; }
        public string? Role { get; set; }
        public bool Remove { get; set; }
    }
}
