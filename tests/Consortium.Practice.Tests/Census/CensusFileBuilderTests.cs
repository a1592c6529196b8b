using System.Xml.Linq;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Building;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Census;

/// <summary>
/// The census file for 2025-26 built from a hand-built year of Norfolk's casework: a no-further-action referral, an
/// assessment with factors and closure, a section 47 enquiry with a conference and an open plan with two reviews, an
/// ended plan followed by a child in need plan, an unborn child, an episode spanning the year's start and a child
/// referred twice; and nothing of another authority's.
/// </summary>
public sealed class CensusFileBuilderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly PracticeTestHost _host = new();
    private XDocument _xml = new();
    private CensusBuild _build = null!;
    private readonly Dictionary<string, Guid> _cases = [];

    public async Task InitializeAsync()
    {
        var norfolk = await _host.ProvisionedAsync("norfolk");
        await _host.As(norfolk, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            HandBuiltYear(db);
            await db.SaveChangesAsync();
            return true;
        });
        _build = await _host.As(norfolk, sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(2026));
        _xml = CensusXmlWriter.Write(_build.File, new CensusSource("Consortium", "1.0", 1, Now));
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private void HandBuiltYear(PracticeDbContext db)
    {
        // A referral closed with no further action two days after it came in.
        var nadia = Child(db, "C-000001", D(2012, 3, 3));
        var nfa = Episode(db, nadia, "R-1", D(2025, 6, 2), "1A", "N4");
        Move(nfa, CaseStage.Closed, D(2025, 6, 4), reason: "RC7");

        // A single assessment that found two factors and closed the case.
        var ali = Child(db, "C-000002", D(2014, 8, 9));
        var assessed = Episode(db, ali, "R-2", D(2025, 5, 1), "2A", "N5");
        Move(assessed, CaseStage.Assessment, D(2025, 5, 2));
        Move(assessed, CaseStage.Closed, D(2025, 6, 10), reason: "RC9", factors: ["3B", "4B"]);

        // A section 47 enquiry, its conference and a plan still open at the year's end with two reviews in the year (and one after it).
        var sami = Child(db, "C-000003", D(2019, 1, 15));
        var protectedCase = Episode(db, sami, "R-3", D(2025, 7, 1), "6", "N1");
        Move(protectedCase, CaseStage.StrategyDiscussion, D(2025, 7, 2));
        Move(protectedCase, CaseStage.Section47Enquiry, D(2025, 7, 2));
        Move(protectedCase, CaseStage.InitialConference, D(2025, 7, 17));
        Move(protectedCase, CaseStage.ChildProtectionPlan, D(2025, 7, 17), category: "NEG");
        Review(protectedCase, D(2025, 10, 16));
        Review(protectedCase, D(2026, 3, 12));
        Review(protectedCase, D(2026, 4, 14));

        // A plan from before the year that ended at a review in it, followed by a child in need plan that closed.
        var ben = Child(db, "C-000004", D(2016, 2, 29));
        var planned = Episode(db, ben, "R-4", D(2024, 11, 1), "3A", "N1");
        Move(planned, CaseStage.StrategyDiscussion, D(2024, 11, 4));
        Move(planned, CaseStage.Section47Enquiry, D(2024, 11, 4));
        Move(planned, CaseStage.InitialConference, D(2024, 11, 20));
        Move(planned, CaseStage.ChildProtectionPlan, D(2024, 11, 20), category: "PHY");
        Review(planned, D(2025, 2, 10));
        ProtectionPlanRules.ApplyReview(planned, new ReviewInput(D(2025, 8, 1), ReviewOutcome.EndPlan, CaseStage.ChildInNeedPlan), "Tester", Now);
        Move(planned, CaseStage.Closed, D(2026, 1, 15), reason: "RC7");

        // An unborn child.
        var unborn = new Child { Reference = "C-000005", GivenName = "Baby", FamilyName = "Unborn", ExpectedDateOfBirth = D(2026, 2, 1), SexCode = Sex.List.FromStored("2"), CreatedAt = Now };
        db.Children.Add(unborn);
        Episode(db, unborn, "R-5", D(2025, 11, 3), "3B", "N1");

        // An episode referred before the year, its assessment authorised in it, then a child in need plan open at its end.
        var cara = Child(db, "C-000006", D(2010, 10, 10));
        var spanning = Episode(db, cara, "R-6", D(2025, 3, 20), "2A", "N3");
        Move(spanning, CaseStage.Assessment, D(2025, 3, 21));
        Move(spanning, CaseStage.ChildInNeedPlan, D(2025, 4, 15), factors: ["1B"]);

        // A child referred twice in the year, after an episode with a plan that closed before it.
        var dev = Child(db, "C-000007", D(2013, 6, 1));
        var earlier = Episode(db, dev, "R-7A", D(2024, 1, 10), "6", "N1");
        Move(earlier, CaseStage.StrategyDiscussion, D(2024, 1, 11));
        Move(earlier, CaseStage.Section47Enquiry, D(2024, 1, 11));
        Move(earlier, CaseStage.InitialConference, D(2024, 1, 20));
        Move(earlier, CaseStage.ChildProtectionPlan, D(2024, 1, 20), category: "EMO");
        Move(earlier, CaseStage.Closed, D(2024, 3, 1), reason: "RC7");
        var first = Episode(db, dev, "R-7B", D(2025, 9, 1), "1D", "N4");
        Move(first, CaseStage.Closed, D(2025, 9, 3), reason: "RC7");
        var second = Episode(db, dev, "R-7C", D(2025, 12, 1), "6", "N1");
        Move(second, CaseStage.StrategyDiscussion, D(2025, 12, 2));
        Move(second, CaseStage.Section47Enquiry, D(2025, 12, 2));
        Move(second, CaseStage.InitialConference, D(2026, 1, 5));
        Move(second, CaseStage.ChildProtectionPlan, D(2026, 1, 5), category: "EMO");

        // Not in the year: closed before it, and referred after it.
        Move(Episode(db, Child(db, "C-000008", D(2011, 1, 1)), "R-8", D(2024, 5, 1), "1A", "N1"), CaseStage.Closed, D(2025, 3, 31), reason: "RC7");
        Episode(db, Child(db, "C-000009", D(2011, 1, 1)), "R-9", D(2026, 4, 1), "1A", "N1");
    }

    private static Child Child(PracticeDbContext db, string reference, DateOnly born)
    {
        var child = new Child
        {
            Reference = reference, GivenName = "Given", FamilyName = "Family", DateOfBirth = born, SexCode = Sex.List.FromStored("1"),
            EthnicityCode = Ethnicity.List.FromStored("WBRI"), DisabilityCodes = [Disability.None], CreatedAt = Now,
        };
        db.Children.Add(child);
        return child;
    }

    private CaseRecord Episode(PracticeDbContext db, Child child, string reference, DateOnly referred, string source, string need)
    {
        var record = new CaseRecord
        {
            ChildId = child.Id, Reference = reference, Stage = CaseStage.Referral, ReferralDate = referred, ReferralSource = ReferralSource.List.FromStored(source),
            PrimaryNeed = PrimaryNeed.List.FromStored(need), WorkerSubject = "worker", WorkerName = "Worker", Team = "Team", UpdatedAt = Now,
        };
        db.Cases.Add(record);
        _cases[reference] = record.Id;
        return record;
    }

    private static void Move(CaseRecord record, CaseStage to, DateOnly on, string? category = null, string? reason = null, string[]? factors = null) =>
        StageRules.Apply(record, new StageTransition(to, on, category, reason, factors), "Tester", Now);

    private static void Review(CaseRecord record, DateOnly held) =>
        ProtectionPlanRules.ApplyReview(record, new ReviewInput(held, ReviewOutcome.ContinuePlan), "Tester", Now);

    private XElement ChildElement(string laChildId) =>
        _xml.Root!.Element("Children")!.Elements("Child").Single(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value == laChildId);

    private static IEnumerable<string> Values(XElement element, string name) => element.Descendants(name).Select(e => e.Value);

    [Fact]
    public void The_header_names_the_collection_its_reference_date_and_norfolks_code_with_no_namespace()
    {
        var root = _xml.Root!;
        Assert.Equal("Message", root.Name.LocalName);
        Assert.Equal(XNamespace.None, root.Name.Namespace);
        Assert.Equal(["CIN", "2026", "2026-03-31"], root.Element("Header")!.Element("CollectionDetails")!.Elements().Select(e => e.Value));
        Assert.Equal("926", root.Element("Header")!.Element("Source")!.Element("LEA")!.Value);
        Assert.Equal("2026-04-20T09:00:00", root.Element("Header")!.Element("Source")!.Element("DateTime")!.Value);
    }

    [Fact]
    public void Every_child_with_an_episode_open_in_the_year_is_in_the_file_and_no_other()
    {
        Assert.Equal(["C000001", "C000002", "C000003", "C000004", "C000005", "C000006", "C000007"],
            _xml.Root!.Element("Children")!.Elements("Child").Select(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value));
    }

    [Fact]
    public void A_referral_closed_with_no_further_action_is_flagged_and_has_no_modules()
    {
        var episode = ChildElement("C000001").Element("CINdetails")!;
        Assert.Equal(["2025-06-02", "1A", "N4", "2025-06-04", "RC7", "true"], episode.Elements().Select(e => e.Value));
    }

    [Fact]
    public void An_assessment_carries_its_dates_and_factors_and_the_episode_its_closure()
    {
        var episode = ChildElement("C000002").Element("CINdetails")!;
        Assert.Equal("false", episode.Element("ReferralNFA")!.Value);
        Assert.Equal(["2025-06-10", "RC9"], [episode.Element("CINclosureDate")!.Value, episode.Element("ReasonForClosure")!.Value]);
        var assessment = Assert.Single(episode.Elements("Assessments"));
        Assert.Equal(["2025-05-02", "2025-06-10"], [assessment.Element("AssessmentActualStartDate")!.Value, assessment.Element("AssessmentAuthorisationDate")!.Value]);
        Assert.Equal(["3B", "4B"], Values(assessment, "AssessmentFactors"));
    }

    [Fact]
    public void A_section_47_enquiry_has_its_target_and_conference_and_the_open_plan_its_reviews_in_the_year()
    {
        var episode = ChildElement("C000003").Element("CINdetails")!;
        var enquiry = Assert.Single(episode.Elements("Section47"));
        // 15 working days after the strategy discussion of Wednesday 2 July 2025.
        Assert.Equal(["2025-07-02", "2025-07-23", "2025-07-17", "false"], enquiry.Elements().Select(e => e.Value));
        Assert.Null(episode.Element("DateOfInitialCPC"));
        var plan = Assert.Single(episode.Elements("ChildProtectionPlans"));
        Assert.Null(plan.Element("CPPendDate"));
        Assert.Equal(["2025-07-17", "NEG", "NEG", "0"], [plan.Element("CPPstartDate")!.Value, plan.Element("InitialCategoryOfAbuse")!.Value, plan.Element("LatestCategoryOfAbuse")!.Value, plan.Element("NumberOfPreviousCPP")!.Value]);
        Assert.Equal(["2025-10-16", "2026-03-12"], Values(plan, "CPPreviewDate"));
    }

    [Fact]
    public void A_plan_that_ended_in_the_year_is_followed_by_its_child_in_need_plan_and_the_enquiry_before_the_year_is_left_out()
    {
        var episode = ChildElement("C000004").Element("CINdetails")!;
        Assert.Equal("2024-11-01", episode.Element("CINreferralDate")!.Value);
        Assert.Empty(episode.Elements("Section47"));
        var plan = Assert.Single(episode.Elements("ChildProtectionPlans"));
        Assert.Equal(["2024-11-20", "2025-08-01", "PHY"], [plan.Element("CPPstartDate")!.Value, plan.Element("CPPendDate")!.Value, plan.Element("InitialCategoryOfAbuse")!.Value]);
        Assert.Equal(["2025-08-01"], Values(plan, "CPPreviewDate"));
        var needPlan = Assert.Single(episode.Elements("CINPlanDates"));
        Assert.Equal(["2025-08-01", "2026-01-15"], needPlan.Elements().Select(e => e.Value));
    }

    [Fact]
    public void An_unborn_child_has_an_expected_birth_date_and_sex_u()
    {
        var identifiers = ChildElement("C000005").Element("ChildIdentifiers")!;
        Assert.Null(identifiers.Element("PersonBirthDate"));
        Assert.Equal("2026-02-01", identifiers.Element("ExpectedPersonBirthDate")!.Value);
        Assert.Equal("U", identifiers.Element("Sex")!.Value);
        Assert.Equal("M", ChildElement("C000001").Element("ChildIdentifiers")!.Element("Sex")!.Value);
    }

    [Fact]
    public void An_episode_spanning_the_years_start_keeps_its_referral_and_the_assessment_authorised_in_the_year()
    {
        var episode = ChildElement("C000006").Element("CINdetails")!;
        Assert.Equal("2025-03-20", episode.Element("CINreferralDate")!.Value);
        Assert.Null(episode.Element("CINclosureDate"));
        var assessment = Assert.Single(episode.Elements("Assessments"));
        Assert.Equal(["2025-03-21", "2025-04-15", "1B"], assessment.Descendants().Where(e => !e.HasElements).Select(e => e.Value));
        Assert.Equal(["2025-04-15"], Values(episode, "CINPlanStartDate"));
        Assert.Empty(Values(episode, "CINPlanEndDate"));
    }

    [Fact]
    public void A_child_referred_twice_in_the_year_has_both_episodes_and_counts_the_plan_of_an_earlier_one()
    {
        var episodes = ChildElement("C000007").Elements("CINdetails").ToList();
        Assert.Equal(["2025-09-01", "2025-12-01"], episodes.Select(e => e.Element("CINreferralDate")!.Value));
        Assert.Equal(["true", "false"], episodes.Select(e => e.Element("ReferralNFA")!.Value));
        Assert.Equal(["1"], Values(episodes[1], "NumberOfPreviousCPP"));
        Assert.Equal(["2026-01-05"], Values(episodes[1], "CPPstartDate"));
        Assert.Equal([_cases["R-7B"], _cases["R-7C"]], _build.Records["C000007"].EpisodeCaseIds);
    }

    [Fact]
    public async Task Another_authoritys_children_never_appear_in_the_file_and_its_own_header_has_its_code()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await _host.As(brent, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            Episode(db, Child(db, "C-BRENT1", D(2015, 1, 1)), "R-B1", D(2025, 6, 1), "1A", "N1");
            await db.SaveChangesAsync();
            return true;
        });

        var atBrent = await _host.As(brent, sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(2026));
        var atNorfolk = await _host.As(await _host.ProvisionedAsync("norfolk"), sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(2026));

        Assert.Equal(["CBRENT1"], atBrent.File.Children.Select(c => c.LaChildId));
        Assert.Equal("304", atBrent.File.Header.La);
        Assert.DoesNotContain(atNorfolk.File.Children, c => c.LaChildId == "CBRENT1");
    }
}
