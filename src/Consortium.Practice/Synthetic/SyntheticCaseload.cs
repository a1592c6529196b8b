using Consortium.Practice.Casework;

namespace Consortium.Practice.Synthetic;

/// <summary>One synthetic child's referral and the stage moves that follow it.</summary>
public sealed record SyntheticCase(NewReferral Referral, IReadOnlyList<StageTransition> Moves);

/// <summary>
/// Deterministic (by seed) synthetic casework: plausible names, ages, census codes and stage paths through
/// the statutory process. Nothing here describes a real child; every record made from it is marked synthetic.
/// </summary>
public static class SyntheticCaseload
{
    private static readonly string[] GivenNames = ["Amara", "Ben", "Chloe", "Dylan", "Ella", "Finley", "Grace", "Harris", "Isla", "Jayden", "Kai", "Layla", "Mason", "Nia", "Oscar", "Poppy", "Reuben", "Sofia", "Theo", "Zara"];
    private static readonly string[] FamilyNames = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hussain", "Islam", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Quinn", "Roberts", "Smith", "Taylor"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH", "NOBT"];
    private static readonly string[] Sources = ["2A", "3A", "3B", "3E", "6", "6", "1A", "5A", "4", "8"];
    private static readonly string[] Needs = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
    private static readonly string[] Categories = ["NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];

    /// <summary>Referrals spread over the last <paramref name="historyDays"/> days (about a year for the demo set).</summary>
    public static IEnumerable<SyntheticCase> Generate(int seed, int count, DateOnly today, int historyDays = 400)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var referred = today.AddDays(-random.Next(5, Math.Max(6, historyDays)));
            var born = referred.AddDays(-random.Next(30, 17 * 365));
            var referral = new NewReferral
            {
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
                DateOfBirth = born,
                SexCode = random.Next(2) == 0 ? "1" : "2",
                EthnicityCode = Ethnicities[random.Next(Ethnicities.Length)],
                ReferralDate = referred,
                ReferralSource = Sources[random.Next(Sources.Length)],
                PrimaryNeed = Needs[random.Next(Needs.Length)],
            };
            yield return new SyntheticCase(referral, Path(random, referred, today));
        }
    }

    private static List<StageTransition> Path(Random random, DateOnly referred, DateOnly today)
    {
        var moves = new List<StageTransition>();
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

        var route = random.Next(10);
        if (route == 0 && Step(1, 5))
        {
            moves.Add(new StageTransition(CaseStage.Closed, on, ClosureReason: "RC8"));
            return moves;
        }

        if (!Step(0, 3))
        {
            return moves;
        }

        moves.Add(new StageTransition(CaseStage.Assessment, on));
        if (route < 5)
        {
            if (Step(20, 70))
            {
                moves.Add(new StageTransition(CaseStage.ChildInNeedPlan, on));
                if (route < 3 && Step(60, 200))
                {
                    moves.Add(new StageTransition(CaseStage.Closed, on, ClosureReason: "RC7"));
                }
            }

            return moves;
        }

        if (!Step(2, 15))
        {
            return moves;
        }

        moves.Add(new StageTransition(CaseStage.StrategyDiscussion, on));
        moves.Add(new StageTransition(CaseStage.Section47Enquiry, on));
        if (!Step(8, 25))
        {
            return moves;
        }

        moves.Add(new StageTransition(CaseStage.InitialConference, on));
        moves.Add(new StageTransition(CaseStage.ChildProtectionPlan, on, Categories[random.Next(Categories.Length)]));
        if (route > 7 && Step(90, 300))
        {
            moves.Add(new StageTransition(CaseStage.ChildInNeedPlan, on));
        }

        return moves;
    }
}
