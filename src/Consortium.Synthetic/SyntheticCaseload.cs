using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Policy;

namespace Consortium.Synthetic;

/// <summary>
/// Deterministic (by seed) synthetic casework: plausible names, ages, census codes (disability included), sibling
/// groups, stage paths through the statutory process with assessment factors, and child protection plans whose core
/// groups and review conferences are mostly within the authority's timescales and sometimes late. Nothing here
/// describes a real child; every record made from it is marked synthetic.
/// </summary>
public static class SyntheticCaseload
{
    private static readonly string[] GivenNames = ["Amara", "Ben", "Chloe", "Dylan", "Ella", "Finley", "Grace", "Harris", "Isla", "Jayden", "Kai", "Layla", "Mason", "Nia", "Oscar", "Poppy", "Reuben", "Sofia", "Theo", "Zara"];
    private static readonly string[] FamilyNames = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hussain", "Islam", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Quinn", "Roberts", "Smith", "Taylor"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH", "NOBT"];
    private static readonly string[] Sources = ["2A", "3A", "3B", "3E", "6", "6", "1A", "5A", "4", "8"];
    private static readonly string[] Needs = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
    private static readonly string[] Categories = ["NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];
    private static readonly string[] Factors = ["3B", "3B", "4B", "4B", "1B", "2B", "16A", "16A", "17A", "18B", "3A", "4A", "5A", "6A", "14A", "10A", "11A", "24A", "20"];
    private static readonly string[] Disabilities = ["LD", "AUT", "COMM", "BEH", "MOB", "HEAR", "VIS", "HAND", "PC", "CON", "DDA"];

    /// <summary>
    /// Referrals of <paramref name="children"/> children in all (siblings count one each) spread over the last
    /// <paramref name="historyDays"/> days (about a year for the demo set), under the authority's <paramref name="timescales"/>,
    /// with child protection plans starting at the <paramref name="rates"/> given (default: about one referral in ten).
    /// </summary>
    public static IEnumerable<SyntheticCase> Generate(int seed, int children, DateOnly today, int historyDays = 400, TimescalePolicy? timescales = null, PublishedRates? rates = null)
    {
        var t = timescales ?? new TimescalePolicy();
        var planPercent = rates is null ? DefaultPlanPercent : Math.Clamp((int)Math.Round(rates.PlanStartsPerHundredReferrals), 1, 25);
        var random = new Random(seed);
        var written = 0;
        while (written < children)
        {
            var referred = today.AddDays(-random.Next(5, Math.Max(6, historyDays)));
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var ethnicity = Ethnicities[random.Next(Ethnicities.Length)];
            var group = random.Next(10) switch { < 7 => 1, < 9 => 2, _ => 3 };
            group = Math.Min(group, children - written);
            var referrals = Enumerable.Range(0, group).Select(_ => new NewReferral
            {
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = family,
                DateOfBirth = referred.AddDays(-random.Next(30, 17 * 365)),
                SexCode = random.Next(2) == 0 ? "1" : "2",
                EthnicityCode = ethnicity,
                DisabilityCodes = Disability(random),
                ReferralDate = referred,
                ReferralSource = Sources[random.Next(Sources.Length)],
                PrimaryNeed = Needs[random.Next(Needs.Length)],
                Reason = "Synthetic referral: concerns about the child's care at home.",
                ReferrerName = "Synthetic referrer",
                ReferrerEmail = "referrer@example.org",
            }).ToList();
            var siblings = referrals.Skip(1).Select(s => s with { ReferralSource = referrals[0].ReferralSource, PrimaryNeed = referrals[0].PrimaryNeed }).ToList();
            var (moves, meetings, closure) = Path(random, referred, today, t, planPercent);
            written += group;
            yield return new SyntheticCase(referrals[0], siblings, moves, meetings, closure);
        }
    }

    /// <summary>
    /// About one child in ten disabled (one in three of them with a second disability, the next on the list), the rest
    /// recorded as having none: the census refuses a child with no disability code at all.
    /// </summary>
    private static List<string> Disability(Random random)
    {
        if (random.Next(10) != 0)
        {
            return [Practice.Census.Disability.None.Code];
        }

        var first = random.Next(Disabilities.Length);
        return first % 3 == 0 ? [Disabilities[first], Disabilities[(first + 1) % Disabilities.Length]] : [Disabilities[first]];
    }

    /// <summary>One assessment in eight finds no factors where the case then closes (<paramref name="closing"/>); where it goes on, one found.</summary>
    private static List<string> AssessmentFactors(Random random, bool closing = false)
    {
        if (random.Next(8) == 0)
        {
            return [closing ? AssessmentFactor.NoneIdentified.Code : Factors[0]];
        }

        return [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Factors[random.Next(Factors.Length)]).Distinct()];
    }

    /// <summary>
    /// A path through the statutory process in roughly the published proportions: about 1 referral in 11 closed with
    /// no further action; most assessed, a third of those closed and the rest on a child in need plan; about 3 in 10
    /// to a section 47 enquiry, a third of which lead to a child protection plan (about 1 referral in 10, as Norfolk's
    /// published plans suggest, or <paramref name="planPercent"/> in 100), the next ten in 100 to a child in need plan. Plans end at a review (the second most often; about 1 in 25 lasts two years or more)
    /// and child in need plans close after four months to two years, so the episodes open at any time are a few
    /// thousand for a Norfolk-sized authority, as published, rather than everything ever referred.
    /// </summary>
    private static (List<StageTransition> Moves, List<SyntheticMeeting> Meetings, StageTransition? Closure) Path(Random random, DateOnly referred, DateOnly today, TimescalePolicy t, int planPercent)
    {
        var moves = new List<StageTransition>();
        var meetings = new List<SyntheticMeeting>();
        var on = referred;
        bool Step(int minDays, int maxDays)
        {
            var next = on.AddDays(random.Next(minDays, maxDays));
            if (next > today)
            {
                return false;
            }

            on = next;
            return true;
        }

        StageTransition? ClosingAfter(DateOnly from, int minDays, int maxDays)
        {
            var closes = from.AddDays(random.Next(minDays, maxDays));
            return closes > today ? null : new StageTransition(CaseStage.Closed, closes, ClosureReason: ClosureReason.ServicesCeased.Code);
        }

        var route = random.Next(100);
        if (route < 9)
        {
            if (Step(1, 5))
            {
                // Closed at referral, not "after assessment" (RC8 or RC9 need an assessment on the episode: rule 8825Q).
                moves.Add(new StageTransition(CaseStage.Closed, on, ClosureReason: ClosureReason.ServicesCeased.Code));
            }

            return (moves, meetings, null);
        }

        if (!Step(0, 3))
        {
            return (moves, meetings, null);
        }

        moves.Add(new StageTransition(CaseStage.Assessment, on));
        if (route < 70)
        {
            if (Step(20, 70))
            {
                if (route < 30)
                {
                    var reason = random.Next(2) == 0 ? ClosureReason.ReferredToEarlyHelp : ClosureReason.ServicesCeased;
                    var found = AssessmentFactors(random, closing: true);
                    // An assessment that found nothing closes as "after assessment": no further action unless referred to early help.
                    var closedAs = found.Contains(AssessmentFactor.NoneIdentified.Code) && reason == ClosureReason.ServicesCeased ? ClosureReason.NoFurtherAction : reason;
                    moves.Add(new StageTransition(CaseStage.Closed, on, ClosureReason: closedAs.Code, AssessmentFactors: found));
                    return (moves, meetings, null);
                }

                moves.Add(new StageTransition(CaseStage.ChildInNeedPlan, on, AssessmentFactors: AssessmentFactors(random)));
                return (moves, meetings, ClosingAfter(on, 120, 600));
            }

            return (moves, meetings, null);
        }

        if (!Step(2, 15))
        {
            return (moves, meetings, null);
        }

        var factors = AssessmentFactors(random);
        var strategy = on;
        var concluded = Step(8, 25);
        strategy = ClearOfCensusYearStart(strategy, concluded ? on : today);
        moves.Add(new StageTransition(CaseStage.StrategyDiscussion, strategy, AssessmentFactors: factors));
        moves.Add(new StageTransition(CaseStage.Section47Enquiry, strategy));
        if (!concluded)
        {
            return (moves, meetings, null);
        }

        if (route < 100 - planPercent)
        {
            if (route < 90 - planPercent)
            {
                moves.Add(new StageTransition(CaseStage.Closed, on, ClosureReason: ClosureReason.ServicesCeased.Code));
                return (moves, meetings, null);
            }

            moves.Add(new StageTransition(CaseStage.ChildInNeedPlan, on));
            return (moves, meetings, ClosingAfter(on, 120, 600));
        }

        // Conferences are held on working days: one that would fall at a weekend is held on the Friday before.
        on = on.DayOfWeek switch { DayOfWeek.Saturday => on.AddDays(-1), DayOfWeek.Sunday => on.AddDays(-2), _ => on };
        moves.Add(new StageTransition(CaseStage.InitialConference, on));
        moves.Add(new StageTransition(CaseStage.ChildProtectionPlan, on, Categories[random.Next(Categories.Length)]));
        var steppingDown = random.Next(2) == 0;
        var planMeetings = PlanMeetings(random, on, today, t, EndingReview(random), steppingDown).ToList();
        meetings.AddRange(planMeetings);
        var ending = planMeetings.LastOrDefault(m => m.Review?.Outcome == ReviewOutcome.EndPlan);
        return (moves, meetings, ending is not null && steppingDown ? ClosingAfter(ending.HeldOn, 90, 300) : null);
    }

    /// <summary>
    /// An enquiry that would run across 1 April starts on it instead: the assessment is completed when the strategy
    /// discussion starts the enquiry, so the year's census would otherwise hold the enquiry without its assessment (rule 2991Q).
    /// </summary>
    private static DateOnly ClearOfCensusYearStart(DateOnly start, DateOnly end)
    {
        var yearStart = new DateOnly(end.Year, 4, 1);
        return start < yearStart && end >= yearStart ? yearStart : start;
    }

    /// <summary>Of a hundred referrals, how many lead to a child protection plan when no published rate is given.</summary>
    private const int DefaultPlanPercent = 10;

    /// <summary>Which review ends a plan: the first (3 months) for 1 in 5, the second (9 months) for 2 in 5, and 1 in 25 after two years.</summary>
    private static int EndingReview(Random random) => random.Next(100) switch
    {
        < 20 => 1,
        < 60 => 2,
        < 85 => 3,
        < 96 => 4,
        _ => 5,
    };

    /// <summary>
    /// Core groups (the first within the policy's working days, roughly; then about every six weeks) and review
    /// conferences (the first due the policy's months after the conference, each later one its months after the last;
    /// about one in seven late) until today or until the review that ends the plan.
    /// </summary>
    private static IEnumerable<SyntheticMeeting> PlanMeetings(Random random, DateOnly conference, DateOnly today, TimescalePolicy t, int endsAtReview, bool steppingDown)
    {
        var reviews = new List<SyntheticMeeting>();
        var due = conference.AddMonths(t.FirstReviewMonths);
        for (var number = 1; number <= 20; number++)
        {
            var held = random.Next(7) == 0 ? due.AddDays(random.Next(1, 30)) : due.AddDays(-random.Next(0, 14));
            var ends = number == endsAtReview;
            if (held > today || (ends && steppingDown && held >= today))
            {
                break;
            }

            reviews.Add(new SyntheticMeeting(held, ends ? Ending(held, steppingDown) : new ReviewInput(held, ReviewOutcome.ContinuePlan)));
            if (ends)
            {
                break;
            }

            due = held.AddMonths(t.SubsequentReviewMonths);
        }

        var end = reviews.Count > 0 && reviews[^1].Review!.Outcome == ReviewOutcome.EndPlan ? reviews[^1].HeldOn : today;
        var coreGroups = new List<SyntheticMeeting>();
        var workingDaysAsCalendarDays = t.CoreGroupWorkingDays * 7 / 5;
        var next = conference.AddDays(random.Next(8) == 0 ? random.Next(workingDaysAsCalendarDays + 3, workingDaysAsCalendarDays + 20) : random.Next(2, Math.Max(3, workingDaysAsCalendarDays - 2)));
        while (next < end && next <= today)
        {
            coreGroups.Add(new SyntheticMeeting(next, null));
            next = next.AddDays(random.Next(28, 43));
        }

        return coreGroups.Concat(reviews).OrderBy(m => m.HeldOn).ThenBy(m => m.Review is null ? 0 : 1);
    }

    private static ReviewInput Ending(DateOnly held, bool steppingDown) => steppingDown
        ? new ReviewInput(held, ReviewOutcome.EndPlan, CaseStage.ChildInNeedPlan)
        : new ReviewInput(held, ReviewOutcome.EndPlan, CaseStage.Closed, ClosureReason.ServicesCeased.Code);
}
