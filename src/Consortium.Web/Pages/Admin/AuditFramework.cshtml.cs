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
    [BindProperty] public List<string> RemoveDomains { get; set; } = [];
    [BindProperty] public NewDomainFields NewDomain { get; set; } = new();
    [BindProperty] public string? NewGrade { get; set; }
    [BindProperty] public bool RemoveWorstGrade { get; set; }

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
        var unreadable = AuditFrameworkNumbers.Unreadable(ModelState);
        if (unreadable.Count > 0)
        {
            await LoadAsync(cancellationToken);
            Errors.AddRange(unreadable);
            Errors.AddRange(AuditFrameworkValidator.Validate(Framework).Where(e => unreadable.All(u => u.FieldId != e.Field)).Select(e => new FormError(e.Field, e.Message)));
            return Invalid();
        }

        var proposed = WithChanges();
        var saved = await frameworks.SaveDraftAsync(proposed, DraftVersion, User.Identity?.Name ?? "", cancellationToken);
        if (saved.IsDone)
        {
            return this.Saved($"Draft saved (draft version {saved.Value}); publish it when it is ready", "~/admin/audit-framework");
        }

        // The additions and removals are now part of the framework shown, so the fields that asked for them start empty.
        (Framework, NewQuestions, NewDomain, NewGrade, RemoveWorstGrade, RemoveDomains) = (proposed, [], new(), null, false, []);
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

    /// <summary>
    /// The posted framework less the domains, questions and worst grade marked for removal, with each new question,
    /// domain and grade added (a new question or domain given a key from its words).
    /// </summary>
    private AuditFramework WithChanges()
    {
        foreach (var domain in Framework.Domains)
        {
            domain.Questions.RemoveAll(q => Remove.Contains(q.Key));
        }

        var keys = Framework.Questions.Select(q => q.Key).Concat(Framework.Domains.Select(d => d.Key)).ToHashSet(StringComparer.Ordinal);
        AddQuestions(keys);
        Framework.Domains.RemoveAll(d => RemoveDomains.Contains(d.Key));
        if (!string.IsNullOrWhiteSpace(NewDomain.Title))
        {
            var question = new AuditQuestion { Text = NewDomain.QuestionText ?? "", Kind = NewDomain.QuestionKind, Weight = NewDomain.QuestionKind == AuditQuestionKind.Text ? 0 : 1 };
            question.Key = UniqueKey(question.Text, "question", keys);
            Framework.Domains.Add(new AuditDomain { Key = UniqueKey(NewDomain.Title, "domain", keys), Title = NewDomain.Title, Guidance = NewDomain.Guidance ?? "", Questions = [question] });
        }

        if (RemoveWorstGrade && Framework.Grades.Count > 0)
        {
            Framework.Grades.RemoveAll(g => g.Value == Framework.WorstGrade);
        }

        if (!string.IsNullOrWhiteSpace(NewGrade))
        {
            Framework.Grades.Add(new AuditGrade { Value = Framework.WorstGrade + 1, Label = NewGrade.Trim() });
        }

        return Framework;
    }

    private void AddQuestions(HashSet<string> keys)
    {
        for (var d = 0; d < Math.Min(NewQuestions.Count, Framework.Domains.Count); d++)
        {
            var added = NewQuestions[d];
            if (string.IsNullOrWhiteSpace(added.Text))
            {
                continue;
            }

            added.Key = UniqueKey(added.Text, "question", keys);
            added.Weight = added.Kind == AuditQuestionKind.Text ? 0 : added.Weight;
            Framework.Domains[d].Questions.Add(added);
        }
    }

    /// <summary>A key made from the words, not yet in <paramref name="keys"/> (which it joins).</summary>
    private static string UniqueKey(string words, string fallback, HashSet<string> keys)
    {
        var stem = NonKey().Replace(words.ToLowerInvariant(), "-").Trim('-');
        stem = stem.Length == 0 ? fallback : stem[..Math.Min(40, stem.Length)].Trim('-');
        var key = stem;
        for (var n = 2; !keys.Add(key); n++)
        {
            key = $"{stem}-{n}";
        }

        return key;
    }

    /// <summary>A domain the administrator adds, with its first question (a domain needs one).</summary>
    public sealed class NewDomainFields
    {
        public string? Title { get; set; }
        public string? Guidance { get; set; }
        public string? QuestionText { get; set; }
        public AuditQuestionKind QuestionKind { get; set; }
    }

    /// <summary>The value a numeric field shows: what the person typed when it could not be read, else the framework's.</summary>
    public string Shown(string name, int value) => AuditFrameworkNumbers.Typed(ModelState, name) ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
