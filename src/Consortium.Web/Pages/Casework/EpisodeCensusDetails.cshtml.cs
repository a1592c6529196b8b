using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census.Recording;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>What the Children in Need census needs of an episode beyond its stages: referral no further action as the practitioner judges it, and the plan's latest category of abuse.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class EpisodeCensusDetailsModel(CaseworkService casework, CensusDetailsService details) : FormPageModel
{
    public static readonly IReadOnlyDictionary<string, string> NfaChoices = new Dictionary<string, string>
    {
        ["true"] = "Yes: the referral led to no further action",
        ["false"] = "No: the referral went on to an assessment or further action",
    };

    public Child Child { get; private set; } = null!;

    public CaseRecord Case { get; private set; } = null!;

    [BindProperty] public string? ReferralNfa { get; set; }
    [BindProperty] public string? LatestCategoryOfAbuse { get; set; }
    [BindProperty] public Guid Token { get; set; }

    /// <summary>The case's fields as this page loaded them, for a conflict to compare with.</summary>
    [BindProperty] public string? StartedFrom { get; set; }

    public SelectField NfaField => new(nameof(ReferralNfa), "Did the referral lead to no further action?", NfaChoices, ReferralNfa, ErrorFor(nameof(ReferralNfa)), "Leave as 'Select' if not yet decided.");
    public SelectField LatestCategoryField => new(nameof(LatestCategoryOfAbuse), "Latest category of abuse of the child protection plan", Practice.Census.CategoryOfAbuse.List.Names, LatestCategoryOfAbuse, ErrorFor(nameof(LatestCategoryOfAbuse)), $"Only when a review changed it from the initial category ({Case.CategoryOfAbuse?.DisplayName ?? "not recorded"}).");

    public bool MayRecord => CurrentStaff.From(User) is var staff && (staff.Has(StaffRole.Practitioner) || staff.Has(StaffRole.TeamManager));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        StartFrom(Case);
        (ReferralNfa, LatestCategoryOfAbuse) = (Case.ReferralNfa is { } nfa ? (nfa ? "true" : "false") : null, Case.LatestCategoryOfAbuse?.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        bool? nfa = ReferralNfa switch { "true" => true, "false" => false, _ => null };
        var outcome = await details.RecordForEpisodeAsync(id, new EpisodeCensusDetails(nfa, LatestCategoryOfAbuse), Token, CurrentStaff.From(User), StartingValues.Read(StartedFrom), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Census details saved", $"~/cases/{id}");
        }

        if (outcome.Failure is Failure.Conflict conflict && await Load(id, cancellationToken) && Case.ConcurrencyToken.ToString() == conflict.Version)
        {
            StartFrom(Case);
            ModelState.Clear();
        }

        return Failed(outcome.Failure);
    }

    private void StartFrom(CaseRecord record)
    {
        Token = record.ConcurrencyToken;
        StartedFrom = StartingValues.Write(CaseFields.Of(record));
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = opened;
        return true;
    }
}
