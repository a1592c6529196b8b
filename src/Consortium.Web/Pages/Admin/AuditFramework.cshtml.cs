using System.Text.RegularExpressions;
using Consortium.Practice.Audits;
using Consortium.Practice.Settings;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin;

/// <summary>
/// The authority's audit framework: the version in force and its history, and the draft an administrator edits
/// (change wording, weights and settings, remove or add questions) and publishes. Audits keep the version they were done on.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed partial class AuditFrameworkModel(AuditFrameworks frameworks) : FormPageModel
{
    [BindProperty] public AuditFramework Framework { get; set; } = new();
    [BindProperty] public int DraftVersion { get; set; }
    [BindProperty] public List<string> Remove { get; set; } = [];
    [BindProperty] public List<AuditQuestion> NewQuestions { get; set; } = [];

    public int PublishedVersion { get; private set; }
    public IReadOnlyList<SettingsRevision> History { get; private set; } = [];
    public bool DraftDiffers { get; private set; }

    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>
    {
        [nameof(AuditQuestionKind.YesNo)] = "Yes, no or not applicable",
        [nameof(AuditQuestionKind.Scale)] = "0 to 10 scale",
        [nameof(AuditQuestionKind.Text)] = "Free text (not scored)",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await frameworks.DraftAsync(cancellationToken);
        (Framework, DraftVersion) = (draft.Settings.Framework, draft.Version);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var proposed = WithChanges();
        var saved = await frameworks.SaveDraftAsync(proposed, DraftVersion, User.Identity?.Name ?? "", cancellationToken);
        if (saved.IsDone)
        {
            return this.Saved($"Draft saved (draft version {saved.Value}); publish it when it is ready", "~/admin/audit-framework");
        }

        Framework = proposed;
        NewQuestions = [];
        await LoadAsync(cancellationToken);
        return Failed(saved.Failure);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var published = await frameworks.PublishAsync(DraftVersion, User.Identity?.Name ?? "", cancellationToken);
        if (published.IsDone)
        {
            return this.Saved($"Framework version {published.Value} published: new audits are done on it", "~/admin/audit-framework");
        }

        var draft = await frameworks.DraftAsync(cancellationToken);
        Framework = draft.Settings.Framework;
        await LoadAsync(cancellationToken);
        return Failed(published.Failure);
    }

    /// <summary>The posted framework less the questions marked for removal, with each new question given a key from its words.</summary>
    private AuditFramework WithChanges()
    {
        foreach (var domain in Framework.Domains)
        {
            domain.Questions.RemoveAll(q => Remove.Contains(q.Key));
        }

        var keys = Framework.Questions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        for (var d = 0; d < Math.Min(NewQuestions.Count, Framework.Domains.Count); d++)
        {
            var added = NewQuestions[d];
            if (string.IsNullOrWhiteSpace(added.Text))
            {
                continue;
            }

            var stem = NonKey().Replace(added.Text.ToLowerInvariant(), "-").Trim('-');
            stem = stem.Length == 0 ? "question" : stem[..Math.Min(40, stem.Length)].Trim('-');
            var key = stem;
            for (var n = 2; !keys.Add(key); n++)
            {
                key = $"{stem}-{n}";
            }

            added.Key = key;
            added.Weight = added.Kind == AuditQuestionKind.Text ? 0 : added.Weight;
            Framework.Domains[d].Questions.Add(added);
        }

        return Framework;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var published = await frameworks.PublishedAsync(cancellationToken);
        PublishedVersion = published.Version;
        History = await frameworks.HistoryAsync(cancellationToken);
        var draft = await frameworks.DraftAsync(cancellationToken);
        DraftDiffers = published.Version == 0 || SettingsJson.Serialize(published.Settings) != SettingsJson.Serialize(draft.Settings.Framework);
        while (NewQuestions.Count < Framework.Domains.Count)
        {
            NewQuestions.Add(new AuditQuestion { Weight = 1 });
        }
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonKey();
}
