namespace Consortium.Practice.Casework;

/// <summary>
/// The significant events of one case, oldest first, from what the case already records: its dates and stage moves,
/// plan meetings, visits, supervisions, allocations, restriction changes and the case notes marked significant.
/// </summary>
public static class Chronology
{
    /// <param name="record">The case with its history, review conferences, core groups and visits.</param>
    /// <param name="restrictions">The child's access-log lines that changed the restriction.</param>
    /// <param name="attendees">Who attended each review conference and core group, by meeting, and the initial conference under the case's id.</param>
    /// <param name="enquiryOutcomes">The outcomes of the strategy discussion and section 47 enquiry.</param>
    public static IReadOnlyList<ChronologyEvent> Of(
        CaseRecord record,
        IEnumerable<Supervision> supervisions,
        IEnumerable<AllocationChange> allocations,
        IEnumerable<AccessLogEntry> restrictions,
        IEnumerable<CaseNote> notes,
        ILookup<Guid, MeetingAttendee>? attendees = null,
        IEnumerable<EnquiryOutcome>? enquiryOutcomes = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(supervisions);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(restrictions);
        ArgumentNullException.ThrowIfNull(notes);
        var events = new List<ChronologyEvent>
        {
            new(record.ReferralDate, ChronologyEventKind.Referral, $"Referral received from {record.ReferralSource.DisplayName}; primary need {record.PrimaryNeed.DisplayName}"),
        };
        AddCaseDates(record, events, attendees);
        events.AddRange((enquiryOutcomes ?? []).Select(o => new ChronologyEvent(
            o.DecidedOn,
            o.Step == EnquiryStep.StrategyDiscussion ? ChronologyEventKind.StrategyDiscussion : ChronologyEventKind.Section47,
            $"{EnquiryOutcomes.StepName(o.Step)} outcome: {o.Label}",
            o.RecordedBy)));
        events.AddRange(record.Reviews.Select(r => new ChronologyEvent(
            r.HeldOn, ChronologyEventKind.Conference, (r.Outcome == ReviewOutcome.EndPlan ? "Review conference: the plan ends" : "Review conference: the plan continues") + Attended(attendees, r.Id), r.RecordedBy)));
        events.AddRange(record.CoreGroups.Select(c => new ChronologyEvent(c.HeldOn, ChronologyEventKind.CoreGroup, "Core group meeting" + Attended(attendees, c.Id), c.RecordedBy)));
        events.AddRange(record.Visits.Select(v => new ChronologyEvent(v.VisitedOn, ChronologyEventKind.Visit, v.SeenAlone ? "Visit: the child was seen alone" : "Visit", v.RecordedBy)));
        events.AddRange(supervisions.Select(s => new ChronologyEvent(s.HeldOn, ChronologyEventKind.Supervision, $"Supervision. What needs to happen: {s.NeedsToHappen}", s.RecordedBy)));
        events.AddRange(allocations.Select(a => new ChronologyEvent(
            DateOnly.FromDateTime(a.AllocatedAt.UtcDateTime), ChronologyEventKind.Allocation, $"Allocated to {a.ToName} ({a.ToTeam})", a.AllocatedBy)));
        events.AddRange(restrictions.Select(r => new ChronologyEvent(DateOnly.FromDateTime(r.At.UtcDateTime), ChronologyEventKind.Restriction, RestrictionWords(r.Detail), r.StaffName)));
        events.AddRange(notes.Where(n => n.Significant).Select(n => new ChronologyEvent(n.WrittenOn, ChronologyEventKind.Note, $"{CaseNoteTypes.Label(n.Type)}: {n.Text}", n.RecordedBy)));
        return [.. events.OrderBy(e => e.On).ThenBy(e => e.Kind)];
    }

    private static void AddCaseDates(CaseRecord record, List<ChronologyEvent> events, ILookup<Guid, MeetingAttendee>? attendees)
    {
        void Add(DateOnly? on, ChronologyEventKind kind, string what)
        {
            if (on is { } date)
            {
                events.Add(new(date, kind, what));
            }
        }

        Add(record.AssessmentStart, ChronologyEventKind.Assessment, "Single assessment started");
        Add(record.AssessmentAuthorised, ChronologyEventKind.Assessment, "Single assessment authorised");
        Add(record.StrategyDiscussion, ChronologyEventKind.StrategyDiscussion, "Strategy discussion held");
        Add(record.Section47Start, ChronologyEventKind.Section47, "Section 47 enquiry started");
        Add(record.InitialConference, ChronologyEventKind.Conference, "Initial child protection conference" + Attended(attendees, record.Id));
        Add(record.ProtectionPlanStart, ChronologyEventKind.Plan, record.CategoryOfAbuse is { } category
            ? $"Child protection plan started (category: {category.DisplayName})"
            : "Child protection plan started");
        Add(record.ProtectionPlanEnd, ChronologyEventKind.Plan, "Child protection plan ended");
        Add(record.NeedPlanStart, ChronologyEventKind.Plan, "Child in need plan started");
        Add(record.ClosedOn, ChronologyEventKind.Closure, record.ClosureReason is { } reason
            ? $"Case closed: {reason.DisplayName}"
            : "Case closed");
    }

    /// <summary>". Attended: Priya Practitioner (Social worker), Jo Jones (Mother)", or nothing when none was recorded.</summary>
    private static string Attended(ILookup<Guid, MeetingAttendee>? attendees, Guid meetingId) =>
        attendees is not null && attendees[meetingId].Any() ? $". Attended: {string.Join(", ", attendees[meetingId].Select(a => a.Label))}" : "";

    /// <summary>Whether the record became restricted or open, without the names of the staff added or removed.</summary>
    private static string RestrictionWords(string? detail) =>
        detail switch
        {
            not null when detail.StartsWith("Restriction lifted", StringComparison.Ordinal) => "Restriction lifted: anyone at the authority may open the record",
            not null when detail.StartsWith("Restricted", StringComparison.Ordinal) => "Record restricted to named staff",
            _ => "Who may open the restricted record changed",
        };
}
