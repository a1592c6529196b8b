using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Pages.Casework;

/// <summary>
/// A case's child protection plan: review conferences and core group meetings held against when they were due under
/// the authority's timescales, and the forms that record them (a review can end the plan).
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ProtectionPlanModel(CaseworkService casework, ProtectionPlanService plans, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, MeetingAttendees attendance, StaffDirectory directory) : FormPageModel
{
    public static readonly IReadOnlyDictionary<string, string> Outcomes = new Dictionary<string, string>
    {
        [nameof(ReviewOutcome.ContinuePlan)] = "The plan continues",
        [nameof(ReviewOutcome.EndPlan)] = "The plan ends",
    };

    public static readonly IReadOnlyDictionary<string, string> AfterThePlan = new Dictionary<string, string>
    {
        [nameof(CaseStage.ChildInNeedPlan)] = "A child in need plan",
        [nameof(CaseStage.Closed)] = "The case closes",
    };

    public Child Child { get; private set; } = null!;

    public CaseRecord Case { get; private set; } = null!;

    public IReadOnlyList<DueItem> Due { get; private set; } = [];

    public bool IsOpen => ProtectionPlanRules.HasOpenPlan(Case);

    /// <summary>Who attended each meeting of the case, by meeting.</summary>
    public ILookup<Guid, MeetingAttendee> Attendees { get; private set; } = Array.Empty<MeetingAttendee>().ToLookup(a => a.MeetingId);

    public IReadOnlyList<StaffChoice> StaffChoices { get; private set; } = [];

    public IReadOnlyList<FamilyMember> FamilyChoices { get; private set; } = [];

    public DateOnly Today => casework.Today;

    [BindProperty] public DateInput ReviewHeldOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Then { get; set; }
    [BindProperty] public string? ClosureReason { get; set; }
    [BindProperty] public DateInput CoreGroupHeldOn { get; set; } = new();
    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public List<Guid>? ReviewStaffAttendees { get; set; }
    [BindProperty] public List<Guid>? ReviewFamilyAttendees { get; set; }
    [BindProperty] public string? ReviewOtherAttendees { get; set; }
    [BindProperty] public List<Guid>? CoreGroupStaffAttendees { get; set; }
    [BindProperty] public List<Guid>? CoreGroupFamilyAttendees { get; set; }
    [BindProperty] public string? CoreGroupOtherAttendees { get; set; }
    [BindProperty] public List<Guid>? InitialStaffAttendees { get; set; }
    [BindProperty] public List<Guid>? InitialFamilyAttendees { get; set; }
    [BindProperty] public string? InitialOtherAttendees { get; set; }

    /// <summary>The case's fields as this page loaded them (<see cref="StartingValues"/>), for a conflict to compare with.</summary>
    [BindProperty] public string? StartedFrom { get; set; }

    public DateField ReviewHeldOnField => new(nameof(ReviewHeldOn), "Date the review conference was held", ReviewHeldOn, ErrorFor(nameof(ReviewHeldOn)));
    public SelectField OutcomeField => new(nameof(Outcome), "Outcome", Outcomes, Outcome, ErrorFor(nameof(Outcome)));
    public SelectField ThenField => new(nameof(Then), "What follows the plan (when it ends)", AfterThePlan, Then, ErrorFor(nameof(Then)));
    public SelectField ClosureField => new(nameof(ClosureReason), "Reason for closing (when the case closes)", Practice.Census.ClosureReason.List.Names, ClosureReason, ErrorFor(nameof(ClosureReason)), Codes: true);
    public DateField CoreGroupHeldOnField => new(nameof(CoreGroupHeldOn), "Date the core group met", CoreGroupHeldOn, ErrorFor(nameof(CoreGroupHeldOn)));

    public AttendeeFields ReviewAttendeeFields => AttendeeFieldsOf("Review");

    public AttendeeFields CoreGroupAttendeeFields => AttendeeFieldsOf("CoreGroup");

    public AttendeeFields InitialAttendeeFields => AttendeeFieldsOf("Initial");

    /// <summary>Who attended the initial conference: its attendees are kept as a meeting whose id is the case's.</summary>
    public IEnumerable<MeetingAttendee> InitialConferenceAttendees => Attendees[Case.Id];

    /// <summary>The three questions of who attended, for the review form ("Review"), the core group form ("CoreGroup") or the initial conference ("Initial").</summary>
    private AttendeeFields AttendeeFieldsOf(string form)
    {
        var (staff, family, others) = form switch
        {
            "Review" => (ReviewStaffAttendees, ReviewFamilyAttendees, ReviewOtherAttendees),
            "Initial" => (InitialStaffAttendees, InitialFamilyAttendees, InitialOtherAttendees),
            _ => (CoreGroupStaffAttendees, CoreGroupFamilyAttendees, CoreGroupOtherAttendees),
        };
        return new(
            new($"{form}StaffAttendees", "Staff who attended", StaffChoices.ToDictionary(c => c.Id.ToString(), c => c.Label), [.. (staff ?? []).Select(i => i.ToString())], ErrorFor($"{form}StaffAttendees"), "Current staff from the staff directory: at least one."),
            new($"{form}FamilyAttendees", "Family members who attended", FamilyChoices.ToDictionary(f => f.Id.ToString(), f => $"{f.Name} ({f.Relationship})"), [.. (family ?? []).Select(i => i.ToString())], ErrorFor($"{form}FamilyAttendees"), FamilyChoices.Count == 0 ? "No family members are on the child's record: add them there to choose them here." : "From the child's record."),
            new($"{form}OtherAttendees", "People from other agencies who attended", others, ErrorFor($"{form}OtherAttendees"), "One a line: their name, a comma, then their agency. For example: Sam Smith, Greenfield Primary School", Rows: 3));
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        StartFrom(Case);
        FillInitialConferenceAttendees();
        return Page();
    }

    /// <summary>Puts the recorded attendees of the initial conference into its form, which then corrects them.</summary>
    private void FillInitialConferenceAttendees()
    {
        var recorded = InitialConferenceAttendees.ToList();
        InitialStaffAttendees = [.. recorded.Where(a => a.StaffRecordId is not null).Select(a => a.StaffRecordId!.Value)];
        InitialFamilyAttendees = [.. recorded.Where(a => a.FamilyMemberId is not null).Select(a => a.FamilyMemberId!.Value)];
        InitialOtherAttendees = string.Join("\n", recorded.Where(a => a.Kind == AttendeeKind.OtherAgency).Select(a => $"{a.Name}, {a.Role}"));
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        var (held, heldError) = ReviewHeldOn.Parse("The date");
        if (heldError is not null || held is null)
        {
            Errors.Add(new(nameof(ReviewHeldOn), heldError ?? "Enter the date the review conference was held"));
        }

        if (!Enum.TryParse<ReviewOutcome>(Outcome, out var outcome) || !Enum.IsDefined(outcome))
        {
            Errors.Add(new(nameof(Outcome), "Select whether the plan continues or ends"));
        }

        CaseStage? then = Enum.TryParse<CaseStage>(Then, out var stage) && Enum.IsDefined(stage) ? stage : null;
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var review = new ReviewInput(held!.Value, outcome, then, string.IsNullOrWhiteSpace(ClosureReason) ? null : ClosureReason);
        var attendees = AttendeesOf(ReviewStaffAttendees, ReviewFamilyAttendees, ReviewOtherAttendees);
        return await Answer(id, await plans.RecordReviewAsync(id, review, Token, CurrentStaff.From(User), attendees, StartingValues.Read(StartedFrom), cancellationToken), "Review", cancellationToken);
    }

    public async Task<IActionResult> OnPostCoreGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        var (held, heldError) = CoreGroupHeldOn.Parse("The date");
        if (heldError is not null || held is null)
        {
            Errors.Add(new(nameof(CoreGroupHeldOn), heldError ?? "Enter the date the core group met"));
            return Invalid();
        }

        var attendees = AttendeesOf(CoreGroupStaffAttendees, CoreGroupFamilyAttendees, CoreGroupOtherAttendees);
        return await Answer(id, await plans.RecordCoreGroupAsync(id, held.Value, Token, CurrentStaff.From(User), attendees, StartingValues.Read(StartedFrom), cancellationToken), "CoreGroup", cancellationToken);
    }

    public async Task<IActionResult> OnPostInitialConferenceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        var attendees = AttendeesOf(InitialStaffAttendees, InitialFamilyAttendees, InitialOtherAttendees);
        var correcting = InitialConferenceAttendees.Any();
        return await Answer(id, await plans.RecordInitialConferenceAttendeesAsync(id, attendees, Token, CurrentStaff.From(User), StartingValues.Read(StartedFrom), correcting, cancellationToken), "Initial", cancellationToken);
    }

    /// <summary>People from other agencies are written one a line as "name, agency"; a line without a comma has no agency (a field error).</summary>
    private static AttendeesInput AttendeesOf(List<Guid>? staff, List<Guid>? family, string? others) =>
        new(
            staff ?? [],
            family ?? [],
            [.. (others ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries) is [var name, var agency] ? new OtherAttendee(name, agency) : new OtherAttendee(line, null))]);

    /// <param name="form">"Review", "CoreGroup" or "Initial": the form whose fields the errors belong to.</param>
    private async Task<IActionResult> Answer(Guid id, Outcome<CaseRecord> outcome, string form, CancellationToken cancellationToken)
    {
        switch (outcome.Failure)
        {
            case null:
                return this.Saved(form == "Initial" ? "Who attended the initial conference saved" : "Meeting saved", $"~/cases/{id}/plan");
            case Failure.Conflict when !await Load(id, cancellationToken):
                return NotFound();
            case Failure.Conflict conflict:
                // Only the version whose changes are shown may be recorded against; one saved since is again a conflict.
                if (Case.ConcurrencyToken.ToString() == conflict.Version)
                {
                    StartFrom(Case);
                }

                ModelState.Clear();
                return Failed(outcome.Failure);
            default:
                // Both meeting forms are on the page, each with its own date field.
                return Failed(outcome.Failure, field => field switch
                {
                    "HeldOn" => $"{form}HeldOn",
                    "StaffAttendees" or "FamilyAttendees" or "OtherAttendees" => form + field,
                    _ => field,
                });
        }
    }

    protected override string InputKeptAfterConflict => "Your meeting is in the form and has not been saved. Check it still applies, then save again.";

    /// <summary>Bases the forms on this version of the case: a meeting recorded now is recorded against it.</summary>
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
        Due = dueDates.ForPlan(Case, policy.Value);
        Attendees = await attendance.OfCaseAsync(id, cancellationToken);
        if (IsOpen && (User.IsInRole("Practitioner") || User.IsInRole("TeamManager")))
        {
            StaffChoices = await directory.ChooseFromAsync(cancellationToken: cancellationToken);
            FamilyChoices = await attendance.FamilyToChooseAsync(Child.Id, cancellationToken);
        }

        return true;
    }
}
