using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Synthetic;

/// <summary>One planted census failure: the rule it fails, and the LA child ID of the child it fails on.</summary>
public sealed record PlantedCensusError(string Rule, string LaChildId);

/// <summary>
/// For a demonstration of the census page (<c>DemoData:PlantCensusErrors</c>): one synthetic child per kind of error
/// below, in the default collection year (2025-26), each recorded so that it fails that rule and no other. The children's
/// references are C-P01 onward (LA child IDs CP01 onward); planting again into an authority that has them adds nothing.
/// </summary>
public sealed class CensusErrorPlanter(ITenantScopeRunner scopes, TimeProvider clock)
{
    private const string ReferencePrefix = "C-P";
    private static readonly DateOnly Referred = new(CensusYears.Default - 1, 6, 2);
    private static readonly DateOnly Saturday = new(CensusYears.Default - 1, 7, 5);
    private static readonly DateOnly Friday = Saturday.AddDays(-1);

    /// <summary>The rules planted, in the order their children are numbered.</summary>
    public static IReadOnlyList<string> Rules { get; } = ["8540", "8790", "8869", "8875", "8841", "4003", "8820", "1510", "8825Q"];

    public async Task<IReadOnlyList<PlantedCensusError>> PlantAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return await scopes.RunAsync(tenant, async (services, ct) =>
        {
            var db = services.GetRequiredService<PracticeDbContext>();
            if (await db.Children.AnyAsync(c => c.Reference.StartsWith(ReferencePrefix), ct))
            {
                return [];
            }

            var now = clock.GetUtcNow();
            var planted = new List<PlantedCensusError>();
            for (var i = 0; i < Rules.Count; i++)
            {
                var reference = $"{ReferencePrefix}{i + 1:00}";
                var child = Child.FromReferral(Referral(Referred), reference, synthetic: true, now);
                child.UpnUnknown = UpnUnknown.List.FromStored("UN1");
                var cases = Plant(Rules[i], child, tenant, reference, now);
                db.Children.Add(child);
                db.Cases.AddRange(cases);
                planted.Add(new PlantedCensusError(Rules[i], reference.Replace("-", "", StringComparison.Ordinal)));
            }

            await db.SaveChangesAsync(ct);
            return planted;
        }, cancellationToken);
    }

    private static List<CaseRecord> Plant(string rule, Child child, TenantInfo tenant, string reference, DateTimeOffset now)
    {
        var first = Open(child, reference, 1, Referred, now);
        switch (rule)
        {
            case "8540":
                child.DisabilityCodes = [];
                AssessedAndClosed(first, ["3B"], ClosureReason.ServicesCeased, now);
                break;
            case "8790":
                child.DisabilityCodes = [Disability.None, Disability.List.FromStored("LD")];
                AssessedAndClosed(first, ["3B"], ClosureReason.ServicesCeased, now);
                break;
            case "8869":
                AssessedAndClosed(first, [AssessmentFactor.NoneIdentified.Code, "3B"], ClosureReason.NoFurtherAction, now);
                break;
            case "8875":
                ToProtectionPlan(first, Saturday, now);
                break;
            case "8841":
                ToProtectionPlan(first, Friday, now);
                ProtectionPlanRules.ApplyReview(first, new ReviewInput(Friday, ReviewOutcome.ContinuePlan), "Synthetic worker", now);
                break;
            case "4003":
                ToProtectionPlan(first, Friday, now);
                ProtectionPlanRules.ApplyReview(first, new ReviewInput(Friday.AddMonths(3), ReviewOutcome.EndPlan, CaseStage.ChildInNeedPlan), "Synthetic worker", now);
                break;
            case "8820":
                Move(first, new StageTransition(CaseStage.Closed, Referred.AddDays(60), ClosureReason: ClosureReason.ServicesCeased.Code), now);
                var again = Open(child, reference, 2, Referred.AddDays(30), now);
                Move(again, new StageTransition(CaseStage.Closed, Referred.AddDays(75), ClosureReason: ClosureReason.ServicesCeased.Code), now);
                return [first, again];
            case "1510":
                child.DateOfBirth = Referred.AddYears(-10);
                child.UpnUnknown = null;
                var rest = tenant.OldLaCode + "99999999" + "0";
                var right = Upn.CheckLetterFor("A" + rest) ?? 'A';
                child.Upn = (right == 'A' ? 'B' : 'A') + rest;
                AssessedAndClosed(first, ["3B"], ClosureReason.ServicesCeased, now);
                break;
            case "8825Q":
                Move(first, new StageTransition(CaseStage.Closed, Referred.AddDays(3), ClosureReason: ClosureReason.NoFurtherAction.Code), now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a rule this planter plants.");
        }

        return [first];
    }

    private static NewReferral Referral(DateOnly referred) => new()
    {
        GivenName = "Planted",
        FamilyName = "Example",
        DateOfBirth = referred.AddYears(-3),
        SexCode = "1",
        EthnicityCode = "WBRI",
        DisabilityCodes = [Disability.None.Code],
        ReferralDate = referred,
        ReferralSource = "6",
        PrimaryNeed = "N1",
        Reason = "Synthetic referral planted to show a census failure.",
        ReferrerName = "Synthetic referrer",
        ReferrerEmail = "referrer@example.org",
    };

    private static CaseRecord Open(Child child, string reference, int episode, DateOnly referred, DateTimeOffset now) => CaseRecord.Open(child, Referral(referred), $"R-P{reference[ReferencePrefix.Length..]}-{episode}", new Allocation("", "", BulkSyntheticSeeder.HistoryTeam), now);

    private static void AssessedAndClosed(CaseRecord record, List<string> factors, ClosureReason reason, DateTimeOffset now)
    {
        Move(record, new StageTransition(CaseStage.Assessment, Referred.AddDays(1)), now);
        Move(record, new StageTransition(CaseStage.Closed, Referred.AddDays(40), ClosureReason: reason.Code, AssessmentFactors: factors), now);
    }

    private static void ToProtectionPlan(CaseRecord record, DateOnly conference, DateTimeOffset now)
    {
        var strategy = Referred.AddDays(18);
        Move(record, new StageTransition(CaseStage.Assessment, Referred.AddDays(1)), now);
        Move(record, new StageTransition(CaseStage.StrategyDiscussion, strategy, AssessmentFactors: ["3B"]), now);
        Move(record, new StageTransition(CaseStage.Section47Enquiry, strategy), now);
        Move(record, new StageTransition(CaseStage.InitialConference, conference), now);
        Move(record, new StageTransition(CaseStage.ChildProtectionPlan, conference, "NEG"), now);
    }

    private static void Move(CaseRecord record, StageTransition move, DateTimeOffset now) => StageRules.Apply(record, move, "Synthetic worker", now);
}
