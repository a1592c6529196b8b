using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.DirectWork;

/// <summary>Record direct work with a child (Three Houses, Wizards and Fairies, Safety House, Words and Pictures) and upload what it produced.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class RecordDirectWorkModel(CaseworkService casework, SafetyMapService maps, DirectWorkService directWork) : FormPageModel
{
    /// <summary>Above the largest per-file limit a policy may set (100 MB) times the files allowed, so the policy decides.</summary>
    private const long MaxRequestBytes = 520L * 1024 * 1024;

    public CaseRecord Case { get; private set; } = null!;
    public Child Child { get; private set; } = null!;
    public IReadOnlyList<SafetyMap> Maps { get; private set; } = [];

    [BindProperty] public string? Tool { get; set; }
    [BindProperty] public DateInput DoneOn { get; set; } = new();
    [BindProperty] public string? ChildsWords { get; set; }
    [BindProperty] public string? WorriesWords { get; set; }
    [BindProperty] public string? GoodThingsWords { get; set; }
    [BindProperty] public string? DreamsWords { get; set; }
    [BindProperty] public string? ChildConsent { get; set; }
    [BindProperty] public string? ParentConsent { get; set; }
    [BindProperty] public string? SharedWith { get; set; }
    [BindProperty] public string? InformedMapId { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public string? ExplainedWorries { get; set; }
    [BindProperty] public string? StoryHelped { get; set; }
    [BindProperty] public string? PlanMakesSafe { get; set; }
    [BindProperty] public string? ChildViewWords { get; set; }

    private static readonly Dictionary<string, string> AnswerOptions =
        Enum.GetValues<ChildViewAnswer>().Where(a => a != ChildViewAnswer.NotAsked).Append(ChildViewAnswer.NotAsked).ToDictionary(a => a.ToString(), ChildView.DisplayName);

    private static readonly Dictionary<string, string> ConsentOptions = new()
    {
        [nameof(Consent.Given)] = "Given",
        [nameof(Consent.Refused)] = "Refused",
        [nameof(Consent.NotAsked)] = "Not asked yet",
        [nameof(Consent.NotApplicable)] = "Not applicable",
    };

    public SelectField ToolField => new(nameof(Tool), "Tool used", Enum.GetValues<DirectWorkTool>().ToDictionary(t => t.ToString(), DirectWorkTools.DisplayName), Tool, ErrorFor(nameof(Tool)));
    public DateField DoneOnField => new(nameof(DoneOn), "Date of the direct work", DoneOn, ErrorFor(nameof(DoneOn)));
    public TextAreaField WordsField => new(nameof(ChildsWords), "The child's words", ChildsWords, ErrorFor(nameof(ChildsWords)), "Write what the child said, in their words. For Three Houses, use the three houses below instead", 8);
    public TextAreaField WorriesField => new(nameof(WorriesWords), "The house of worries", WorriesWords, ErrorFor(nameof(WorriesWords)), "What the child is worried about, in their words", 4);
    public TextAreaField GoodThingsField => new(nameof(GoodThingsWords), "The house of good things", GoodThingsWords, ErrorFor(nameof(GoodThingsWords)), "What is good in the child's life, in their words", 4);
    public TextAreaField DreamsField => new(nameof(DreamsWords), "The house of dreams", DreamsWords, ErrorFor(nameof(DreamsWords)), "What the child hopes for, in their words", 4);
    public SelectField ChildConsentField => new(nameof(ChildConsent), "Child's consent to sharing", ConsentOptions, ChildConsent, ErrorFor(nameof(ChildConsent)));
    public SelectField ParentConsentField => new(nameof(ParentConsent), "Parent's consent to sharing", ConsentOptions, ParentConsent, ErrorFor(nameof(ParentConsent)), "Where the child lives with them");
    public TextField SharedWithField => new(nameof(SharedWith), "Shared with (optional)", SharedWith, ErrorFor(nameof(SharedWith)));
    public SelectField ExplainedWorriesField => new(nameof(ExplainedWorries), ChildView.ExplainedWorriesQuestion, AnswerOptions, ExplainedWorries, ErrorFor(nameof(ExplainedWorries)));
    public SelectField StoryHelpedField => new(nameof(StoryHelped), ChildView.StoryHelpedQuestion, AnswerOptions, StoryHelped, ErrorFor(nameof(StoryHelped)));
    public SelectField PlanMakesSafeField => new(nameof(PlanMakesSafe), ChildView.PlanMakesSafeQuestion, AnswerOptions, PlanMakesSafe, ErrorFor(nameof(PlanMakesSafe)));
    public TextAreaField ChildViewWordsField => new(nameof(ChildViewWords), "What the child said about these (optional)", ChildViewWords, ErrorFor(nameof(ChildViewWords)), "In the child's words", 3);
    public SelectField MapField => new(nameof(InformedMapId), "Map it informed (optional)", Maps.ToDictionary(m => m.Id.ToString(), m => $"Map version {m.Version}"), InformedMapId, ErrorFor(nameof(InformedMapId)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        DoneOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, dateError) = DoneOn.Parse("The date of the direct work");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(DoneOn), dateError));
            return Invalid();
        }

        var input = new DirectWorkInput
        {
            Tool = Enum.TryParse<DirectWorkTool>(Tool, out var tool) ? tool : null,
            DoneOn = on,
            ChildsWords = ChildsWords,
            WorriesWords = WorriesWords,
            GoodThingsWords = GoodThingsWords,
            DreamsWords = DreamsWords,
            ChildConsent = Enum.TryParse<Consent>(ChildConsent, out var childConsent) ? childConsent : null,
            ParentConsent = Enum.TryParse<Consent>(ParentConsent, out var parentConsent) ? parentConsent : null,
            SharedWith = SharedWith,
            InformedMapId = Guid.TryParse(InformedMapId, out var mapId) ? mapId : null,
            ExplainedWorries = Answer(ExplainedWorries),
            StoryHelped = Answer(StoryHelped),
            PlanMakesSafe = Answer(PlanMakesSafe),
            ChildViewWords = ChildViewWords,
        };
        var files = Files.Select(f => new IncomingFile(f.FileName, f.ContentType, f.Length, f.OpenReadStream)).ToList();
        var outcome = await directWork.RecordAsync(id, input, files, CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved("Direct work saved", $"~/children/{Child.Id}") : Failed(outcome.Failure);
    }

    /// <summary>A question left unanswered was not asked; an answer the form never offers is refused by the validation.</summary>
    private static ChildViewAnswer? Answer(string? value) =>
        string.IsNullOrEmpty(value) ? null : Enum.TryParse<ChildViewAnswer>(value, out var answer) && Enum.IsDefined(answer) ? answer : (ChildViewAnswer)(-1);

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = opened;
        Maps = await maps.VersionsAsync(id, cancellationToken);
        return true;
    }
}
