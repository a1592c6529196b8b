using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Synthetic;

/// <summary>
/// The practice record behind a synthetic case: maps reviewed about every three months (some late) whose overall
/// ratings, by the family and by professionals, move over time; for plans a safety network and plan revisions;
/// and the child's direct work. Deterministic for a given random source.
/// </summary>
internal static class SyntheticPractice
{
    private const string Placeholder = "Synthetic record.";

    public static void Add(PracticeDbContext db, CaseRecord record, DateOnly today, Random random)
    {
        if (record.AssessmentStart is null && record.StrategyDiscussion is null)
        {
            return;
        }

        var until = record.ClosedOn ?? today;
        AddMaps(db, record, until, random);
        if (record.ProtectionPlanStart is { } planStart)
        {
            AddNetworkAndPlan(db, record, planStart, random);
        }

        if (random.Next(10) < 7)
        {
            var tool = random.Next(10) < 6
                ? (DirectWorkTool)random.Next(0, 3)
                : DirectWorkTool.WordsAndPictures;
            var doneOn = Between(record.ReferralDate.AddDays(5), until, random);
            db.DirectWork.Add(new DirectWorkRecord
            {
                CaseId = record.Id, ChildId = record.ChildId, Tool = tool, DoneOn = doneOn, Worker = record.WorkerName,
                ChildsWords = Placeholder, ChildConsent = Consent.Given, ParentConsent = Consent.Given, SharedWith = "Safety network",
                RecordedAt = DateTimeOffset.UnixEpoch,
            });
        }
    }

    private static void AddMaps(PracticeDbContext db, CaseRecord record, DateOnly until, Random random)
    {
        var date = record.ReferralDate.AddDays(random.Next(1, 20));
        var professional = random.Next(1, 5);
        var family = Math.Min(10, professional + random.Next(0, 4));
        for (var version = 1; version <= 8 && date <= until; version++)
        {
            var map = new SafetyMap
            {
                CaseId = record.Id, ChildId = record.ChildId, Version = version, MapDate = date, Kind = MapKind.SignsOfSafety,
                HarmStatement = Placeholder, ExistingStrengths = Placeholder,
                Pairs = [new DangerGoalPair { Statement = "Synthetic danger statement.", Goal = "Synthetic safety goal." }],
                UpdatedBy = record.WorkerName, UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            db.SafetyMaps.Add(map);
            Rate(db, map, null, "Mother", null, family, record.WorkerName);
            Rate(db, map, null, "Social worker", "Children's social care", professional, record.WorkerName);
            if (random.Next(2) == 0)
            {
                Rate(db, map, null, "Health visitor", "Health", Math.Clamp(professional + random.Next(-1, 2), 0, 10), record.WorkerName);
            }

            if (version == 1)
            {
                Rate(db, map, map.Pairs[0].Id, "Child", null, random.Next(0, 11), record.WorkerName);
            }

            professional = Math.Min(10, professional + random.Next(0, 3));
            family = Math.Clamp(family + random.Next(-1, 3), professional - 1, 10);
            date = date.AddDays(random.Next(10) < 8 ? random.Next(60, 95) : random.Next(100, 200));
        }
    }

    private static void Rate(PracticeDbContext db, SafetyMap map, Guid? pair, string role, string? agency, int score, string worker) =>
        db.SafetyRatings.Add(new SafetyRating
        {
            MapId = map.Id, PairId = pair, PersonName = $"Synthetic {role.ToLowerInvariant()}", PersonRole = role, Agency = agency,
            Score = score, Why = "Synthetic reason.", RatedOn = map.MapDate, RecordedBy = worker, RecordedAt = DateTimeOffset.UnixEpoch,
        });

    private static void AddNetworkAndPlan(PracticeDbContext db, CaseRecord record, DateOnly planStart, Random random)
    {
        var members = random.Next(1, 6);
        for (var i = 0; i < members; i++)
        {
            db.SafetyNetwork.Add(new SafetyNetworkMember
            {
                CaseId = record.Id, Name = $"Synthetic network member {i + 1}", Relationship = "Relative", Role = "Checks in each week",
                KnowsDangerStatements = random.Next(10) < 8, AddedAt = DateTimeOffset.UnixEpoch,
            });
        }

        var revisions = random.Next(1, 4);
        for (var revision = 1; revision <= revisions; revision++)
        {
            var status = revision < revisions ? PlanStatus.Draft : (PlanStatus)Math.Min(2, random.Next(0, 4));
            db.SafetyPlans.Add(new SafetyPlanRevision
            {
                CaseId = record.Id, Revision = revision, Status = status, WarningSigns = Placeholder, BottomLines = Placeholder,
                ChildsVersion = Placeholder, ReviewOn = planStart.AddMonths(3 * revision), RevisedBy = record.WorkerName,
                RevisedAt = DateTimeOffset.UnixEpoch,
            });
        }
    }

    private static DateOnly Between(DateOnly from, DateOnly to, Random random) =>
        to <= from ? from : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));
}
