using System.Globalization;
using Consortium.Practice.Audits;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Quality;

/// <summary>
/// One audit: the case's record to read (every part linked; opening this page is logged as an audit read), the
/// framework's questions, the grade, the conversation with the practitioner and the family's feedback; then its
/// actions, closing and moderation.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Audits)]
public sealed class AuditModel(AuditService audits, ModerationService moderation, StaffDirectory directory, TimeProvider clock) : FormPageModel
{
    public AuditRecord Record { get; private set; } = null!;
    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];
    public bool IsAuditor { get; private set; }
    public bool MayModerate { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [BindProperty] public Dictionary<string, string> Answers { get; set; } = [];
    [BindProperty] public string? Grade { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public DateInput ConversationOn { get; set; } = new();
    [BindProperty] public List<string> ConversationStaff { get; set; } = [];
    [BindProperty] public string? PractitionerRating { get; set; }
    [BindProperty] public string? AuditorRating { get; set; }
    [BindProperty] public string? WorkingWell { get; set; }
    [BindProperty] public string? Worries { get; set; }
    [BindProperty] public string? NeedsToHappen { get; set; }
    [BindProperty] public bool FamilyAsked { get; set; }
    [BindProperty] public string? FamilyExplained { get; set; }
    [BindProperty] public string? FamilyListened { get; set; }
    [BindProperty] public string? FamilyPlanSafe { get; set; }
    [BindProperty] public string? FamilyWords { get; set; }
    [BindProperty] public string? Concern { get; set; }
    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? ActionText { get; set; }
    [BindProperty] public string? ActionOwner { get; set; }
    [BindProperty] public DateInput ActionDue { get; set; } = new();
    [BindProperty] public string? ModeratedGrade { get; set; }
    [BindProperty] public string? ModerationReason { get; set; }

    public static IReadOnlyDictionary<string, string> Scale { get; } =
        Enumerable.Range(0, 11).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => i.ToString(CultureInfo.InvariantCulture));

    public IReadOnlyDictionary<string, string> Grades => Record.Framework.Grades.OrderBy(g => g.Value).ToDictionary(g => g.Value.ToString(CultureInfo.InvariantCulture), g => $"{g.Value} {g.Label}");
    public IReadOnlyDictionary<string, string> StaffOptions => Staff.ToDictionary(s => s.Id.ToString(), s => s.Label);
    public IReadOnlyDictionary<string, string> ConversationOptions => Staff.Where(s => s.Team == Record.Case.Team || s.Id == Record.Audit.AuditorId).ToDictionary(s => s.Id.ToString(), s => s.Label);

    public TextAreaField SummaryField => new(nameof(Summary), "Summary (optional)", Summary, ErrorFor(nameof(Summary)));
    public DateField ConversationOnField => new(nameof(ConversationOn), "Date of the conversation (leave empty if there was none)", ConversationOn, ErrorFor(nameof(ConversationOn)));
    public CheckboxesField ConversationStaffField => new(nameof(ConversationStaff), "Who took part", ConversationOptions, ConversationStaff, ErrorFor(nameof(ConversationStaff)), "From the case's team, and you");
    public SelectField PractitionerRatingField => new(nameof(PractitionerRating), "The practitioner's own rating of the work, 0 to 10", Scale, PractitionerRating, ErrorFor(nameof(PractitionerRating)));
    public SelectField AuditorRatingField => new(nameof(AuditorRating), "Your rating of the work, 0 to 10", Scale, AuditorRating, ErrorFor(nameof(AuditorRating)));
    public TextAreaField WorkingWellField => new(nameof(WorkingWell), "What is working well", WorkingWell, ErrorFor(nameof(WorkingWell)), Rows: 3);
    public TextAreaField WorriesField => new(nameof(Worries), "What are we worried about", Worries, ErrorFor(nameof(Worries)), Rows: 3);
    public TextAreaField NeedsToHappenField => new(nameof(NeedsToHappen), "What needs to happen", NeedsToHappen, ErrorFor(nameof(NeedsToHappen)), Rows: 3);
    public SelectField FamilyExplainedField => new(nameof(FamilyExplained), "How well were the worries explained to you? (0 to 10)", Scale, FamilyExplained, ErrorFor(nameof(FamilyExplained)));
    public SelectField FamilyListenedField => new(nameof(FamilyListened), "How well were you listened to? (0 to 10)", Scale, FamilyListened, ErrorFor(nameof(FamilyListened)));
    public SelectField FamilyPlanSafeField => new(nameof(FamilyPlanSafe), "How well does the plan keep the children safe? (0 to 10)", Scale, FamilyPlanSafe, ErrorFor(nameof(FamilyPlanSafe)));
    public TextAreaField FamilyWordsField => new(nameof(FamilyWords), "The family's own words", FamilyWords, ErrorFor(nameof(FamilyWords)), Rows: 3);
    public TextAreaField ConcernField => new(nameof(Concern), "A safeguarding concern found in this audit (optional)", Concern, ErrorFor(nameof(Concern)), "The case's team manager is told as soon as you save", 3);
    public SelectField ModeratedGradeField => new(nameof(ModeratedGrade), "The grade the audit should have", Grades, ModeratedGrade ?? Record.Audit.Grade?.ToString(CultureInfo.InvariantCulture), ErrorFor(nameof(ModeratedGrade)));
    public TextAreaField ModerationReasonField => new(nameof(ModerationReason), "Reason (needed if you change the grade)", ModerationReason, ErrorFor(nameof(ModerationReason)), Rows: 3);
    public TextAreaField ActionTextField => new(nameof(ActionText), "What needs to happen", ActionText, ErrorFor(nameof(ActionText)), Rows: 2);
    public SelectField ActionOwnerField => new(nameof(ActionOwner), "Owner", StaffOptions, ActionOwner, ErrorFor(nameof(ActionOwner)));
    public DateField ActionDueField => new(nameof(ActionDue), "Due by", ActionDue, ErrorFor(nameof(ActionDue)));

    public TextAreaField EvidenceField(Guid action) => new($"Evidence-{action}", "What shows it is done", null, ErrorFor($"Evidence-{action}"), Rows: 2);

    public SelectField CarryField(Guid action) => new($"CarriedTo-{action}", "Or carry it to", StaffOptions, null, ErrorFor($"CarriedTo-{action}"));

    public string GradeLabel(int? grade) => grade is { } g && Record.Framework.Grade(g) is { } label ? $"{g} {label.Label}" : "Not graded";

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var opened = await audits.OpenAsync(id, CurrentStaff.From(User), cancellationToken: cancellationToken);
        if (!opened.IsDone)
        {
            return NotFound();
        }

        await ShowAsync(opened.Value, cancellationToken);
        ConversationOn = new DateInput();
        ActionDue = DateInput.From(Today.AddDays(28));
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var (on, dateError) = ConversationOn.IsEmpty ? (null, null) : ConversationOn.Parse("The date of the conversation");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(ConversationOn), dateError));
            return Invalid();
        }

        var input = new AuditInput
        {
            Answers = Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value),
            Grade = Number(Grade),
            Summary = Summary,
            ConversationOn = on,
            ConversationStaff = [.. ConversationStaff.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty)],
            PractitionerRating = Number(PractitionerRating),
            AuditorRating = Number(AuditorRating),
            WorkingWell = WorkingWell,
            Worries = Worries,
            NeedsToHappen = NeedsToHappen,
            FamilyAsked = FamilyAsked,
            FamilyExplained = Number(FamilyExplained),
            FamilyListened = Number(FamilyListened),
            FamilyPlanSafe = Number(FamilyPlanSafe),
            FamilyWords = FamilyWords,
            Concern = Concern,
        };
        var done = await audits.CompleteAsync(id, input, Version, CurrentStaff.From(User), cancellationToken);
        return done.IsDone
            ? this.Saved(done.Value.Concern is null ? "Audit completed" : $"Audit completed; {done.Value.ConcernManagerName ?? "the team manager"} has been told of the safeguarding concern", $"~/quality/audits/{id}")
            : Failed(done.Failure, field => field == "Answers" ? "answers" : field);
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var (due, dueError) = ActionDue.Parse("The due date");
        var added = dueError is null
            ? await audits.AddActionAsync(id, ActionText ?? "", Guid.TryParse(ActionOwner, out var owner) ? owner : Guid.Empty, due, CurrentStaff.From(User), cancellationToken)
            : new Practice.Outcomes.Failure.Invalid(nameof(ActionDue), dueError);
        return added.IsDone ? this.Saved("Action added", $"~/quality/audits/{id}") : Failed(added.Failure, field => field switch { "Text" => nameof(ActionText), "OwnerId" => nameof(ActionOwner), "DueOn" => nameof(ActionDue), _ => field });
    }

    public async Task<IActionResult> OnPostSettleAsync(Guid id, Guid actionId, bool carry, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Each action has its own fields, named by the action, so an error shows at the action it is about.
        var evidence = Request.Form[$"Evidence-{actionId}"].ToString();
        Guid? to = carry ? (Guid.TryParse(Request.Form[$"CarriedTo-{actionId}"], out var person) ? person : Guid.Empty) : null;
        var settled = await audits.SettleActionAsync(id, actionId, carry ? null : evidence, to, CurrentStaff.From(User), cancellationToken);
        return settled.IsDone
            ? this.Saved(carry ? $"Action carried to {settled.Value.CarriedToName}" : "Action marked done", $"~/quality/audits/{id}")
            : Failed(settled.Failure, field => field == "CarriedToId" ? $"CarriedTo-{actionId}" : $"Evidence-{actionId}");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var closed = await audits.CloseAsync(id, Version, CurrentStaff.From(User), cancellationToken);
        return closed.IsDone ? this.Saved("Audit closed", $"~/quality/audits/{id}") : Failed(closed.Failure);
    }

    public async Task<IActionResult> OnPostModerateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var moderated = await moderation.ModerateAsync(id, Number(ModeratedGrade), ModerationReason, Version, CurrentStaff.From(User), cancellationToken);
        return moderated.IsDone
            ? this.Saved(moderated.Value.ModeratedGrade == moderated.Value.Grade ? "Grade confirmed at moderation" : "Grade changed at moderation", $"~/quality/audits/{id}")
            : Failed(moderated.Failure, field => field == "Grade" ? nameof(ModeratedGrade) : field == "Reason" ? nameof(ModerationReason) : field);
    }

    /// <summary>Loads the audit for a post (not logged again as a read); the not-found answer if this person may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var opened = await audits.OpenAsync(id, CurrentStaff.From(User), logAsRead: false, cancellationToken);
        if (!opened.IsDone)
        {
            return NotFound();
        }

        await ShowAsync(opened.Value, cancellationToken);
        return null;
    }

    private async Task ShowAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        Record = record;
        Staff = await directory.ChooseFromAsync(cancellationToken: cancellationToken);
        var me = Staff.FirstOrDefault(s => s.IsNamedBy(CurrentStaff.From(User).Subject) || s.IsNamedBy(CurrentStaff.From(User).UserName));
        IsAuditor = me is not null && me.Id == record.Audit.AuditorId;
        MayModerate = record.Audit.AwaitsModeration && !IsAuditor && me is not null;
        if (Request.Method == HttpMethods.Get || Version == 0)
        {
            Version = record.Audit.Version;
        }
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
