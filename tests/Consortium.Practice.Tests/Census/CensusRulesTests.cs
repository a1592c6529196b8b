using Consortium.Practice.Census.Validation;

namespace Consortium.Practice.Tests.Census;

/// <summary>Each implemented rule of the Department's list fails on a file that breaks it and passes on one that keeps it; the rule's code is in each test's name.</summary>
public sealed class CensusRulesTests
{
    private static readonly DateOnly Referral = new(2025, 5, 1);
    private static readonly DateOnly Thursday = new(2025, 5, 22);
    private static readonly DateOnly Saturday = new(2025, 5, 24);

    private static readonly CensusEpisode ValidEpisode = new()
    {
        ReferralDate = Referral,
        ReferralSource = "1A",
        PrimaryNeed = "N1",
        ReferralNfa = false,
        Assessments = [new CensusAssessment(Referral.AddDays(1), Referral.AddDays(19), ["3B"])],
        Section47s = [new CensusSection47(Referral.AddDays(4), Thursday.AddDays(1), Thursday, false)],
        ProtectionPlans = [new CensusProtectionPlan { StartDate = Thursday, EndDate = new DateOnly(2025, 9, 30), InitialCategory = "NEG", LatestCategory = "EMO", NumberOfPreviousPlans = 0, ReviewDates = [new DateOnly(2025, 8, 20)] }],
        CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), null)],
    };

    private static readonly CensusChild ValidChild = new()
    {
        LaChildId = "NFK000123",
        Upn = "H801200001001",
        BirthDate = new DateOnly(2015, 5, 1),
        Sex = "M",
        Ethnicity = "WBRI",
        Disabilities = ["NONE"],
        Episodes = [ValidEpisode],
    };

    private static CensusFile File(CensusChild child, int year = 2026, DateOnly? referenceDate = null) =>
        new(new CensusHeader(year, referenceDate ?? new DateOnly(year, 3, 31), "926"), [child]);

    private static CensusFile Child(Func<CensusChild, CensusChild> change) => File(change(ValidChild));

    private static CensusFile Episode(Func<CensusEpisode, CensusEpisode> change) => File(ValidChild with { Episodes = [change(ValidEpisode)] });

    private static CensusRule Rule(string code) => CensusRules.All.Single(r => r.Code == code);

    private static void Fails(string code, CensusFile file) => Assert.NotEmpty(Rule(code).Check(file));

    private static void Passes(string code, CensusFile file) => Assert.Empty(Rule(code).Check(file));

    /// <summary>
    /// Children beside <see cref="ValidChild"/> that keep the rules about the whole file: eight disability codes used
    /// between them (2887Q), one child with more than one (2888Q).
    /// </summary>
    private static readonly CensusChild[] Companions =
    [
        .. new[] { "MOB", "HAND", "PC", "INC", "COMM", "LD" }.Select((code, i) => ValidChild with { LaChildId = $"NFK90{i}", Upn = null, UpnUnknown = "UN2", Disabilities = [code] }),
        ValidChild with { LaChildId = "NFK910", Upn = null, UpnUnknown = "UN2", Disabilities = ["HEAR", "VIS"] },
    ];

    private static CensusFile WholeFile(params CensusChild[] children) => new(new CensusHeader(2026, new DateOnly(2026, 3, 31), "926"), children);

    [Fact]
    public void A_file_that_keeps_every_rule_fails_none() => Assert.Empty(CensusRules.Validate(WholeFile([ValidChild, .. Companions])));

    [Fact]
    public void Every_rule_code_is_listed_once_and_a_q_code_is_a_query()
    {
        Assert.Equal(CensusRules.All.Count, CensusRules.All.Select(r => r.Code).Distinct().Count());
        Assert.True(Rule("4012Q").IsQuery);
        Assert.False(Rule("1103").IsQuery);
    }

    [Fact]
    public void A_failure_names_the_child_and_the_episode_to_correct()
    {
        var failure = Assert.Single(CensusRules.Validate(WholeFile(
        [
            ValidChild with
            {
                Episodes =
                [
                    ValidEpisode with { ClosureDate = new DateOnly(2025, 10, 31), ReasonForClosure = "RC7", CinPlans = [] },
                    ValidEpisode with { ReferralDate = new DateOnly(2025, 11, 15), ReferralSource = "ZZ", Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] },
                ],
            },
            .. Companions,
        ])));

        Assert.Equal(("8866", "NFK000123", (int?)1), (failure.Rule.Code, failure.LaChildId, failure.Episode));
    }

    [Fact] public void Rule_100_fails_when_the_reference_date_is_not_31_march_of_the_year() => Fails("100", File(ValidChild, referenceDate: new DateOnly(2026, 3, 30)));
    [Fact] public void Rule_100_passes_when_the_reference_date_is_31_march_of_the_year() => Passes("100", File(ValidChild));

    [Fact] public void Rule_1103_fails_when_an_assessment_starts_before_the_referral() => Fails("1103", Episode(e => e with { Assessments = [new CensusAssessment(Referral.AddDays(-1), null, [])] }));
    [Fact] public void Rule_1103_passes_when_assessments_start_on_or_after_the_referral() => Passes("1103", Episode(e => e with { Assessments = [new CensusAssessment(Referral, null, [])] }));

    [Fact] public void Rule_1104_fails_when_the_initial_conference_is_before_the_referral() => Fails("1104", Episode(e => e with { DateOfInitialCpc = Referral.AddDays(-1), Section47s = [] }));
    [Fact] public void Rule_1104_passes_when_the_initial_conference_is_after_the_referral() => Passes("1104", Episode(e => e));

    [Fact] public void Rule_1105_fails_when_a_plan_starts_before_the_referral() => Fails("1105", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { StartDate = Referral.AddDays(-3) }] }));
    [Fact] public void Rule_1105_passes_when_plans_start_after_the_referral() => Passes("1105", Episode(e => e));

    [Fact] public void Rule_1570_fails_when_the_la_child_id_is_over_20_characters() => Fails("1570", Child(c => c with { LaChildId = new string('A', 21) }));
    [Fact] public void Rule_1570_passes_when_the_la_child_id_is_20_characters() => Passes("1570", Child(c => c with { LaChildId = new string('A', 20) }));

    [Fact] public void Rule_1580_fails_when_the_la_child_id_has_punctuation() => Fails("1580", Child(c => c with { LaChildId = "NFK-123" }));
    [Fact] public void Rule_1580_passes_when_the_la_child_id_is_alphanumeric() => Passes("1580", Child(c => c with { LaChildId = "NFK123" }));

    [Fact] public void Rule_2884_fails_when_the_conference_is_recorded_on_the_episode_and_the_s47() => Fails("2884", Episode(e => e with { DateOfInitialCpc = Thursday }));
    [Fact] public void Rule_2884_passes_when_the_conference_is_recorded_once() => Passes("2884", Episode(e => e));

    [Fact] public void Rule_2889_fails_when_the_s47_starts_before_the_referral() => Fails("2889", Episode(e => e with { Section47s = [e.Section47s[0] with { StartDate = Referral.AddDays(-1) }] }));
    [Fact] public void Rule_2889_passes_when_the_s47_starts_after_the_referral() => Passes("2889", Episode(e => e));

    [Fact] public void Rule_4000_fails_when_a_no_further_action_referral_has_a_cin_plan() => Fails("4000", Episode(e => e with { ReferralNfa = true }));
    [Fact] public void Rule_4000_passes_when_a_no_further_action_referral_has_no_plan() => Passes("4000", Episode(e => e with { ReferralNfa = true, CinPlans = [] }));

    [Fact] public void Rule_4004_fails_when_two_cin_plans_are_open() => Fails("4004", Episode(e => e with { CinPlans = [e.CinPlans[0], new CensusCinPlan(new DateOnly(2025, 11, 1), null)] }));
    [Fact] public void Rule_4004_passes_when_one_cin_plan_is_open() => Passes("4004", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31)), new CensusCinPlan(new DateOnly(2025, 11, 1), null)] }));

    [Fact] public void Rule_4011_fails_when_a_cin_plan_ends_before_it_starts() => Fails("4011", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 9, 30))] }));
    [Fact] public void Rule_4011_passes_when_a_cin_plan_ends_after_it_starts() => Passes("4011", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 2))] }));

    [Fact] public void Rule_4012Q_fails_when_a_cin_plan_starts_and_ends_on_the_same_day() => Fails("4012Q", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 1))] }));
    [Fact] public void Rule_4012Q_passes_when_a_cin_plan_lasts_more_than_a_day() => Passes("4012Q", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 2))] }));

    [Fact] public void Rule_8540_fails_when_a_disability_code_is_not_in_the_list() => Fails("8540", Child(c => c with { Disabilities = ["BLIND"] }));
    [Fact] public void Rule_8540_fails_when_a_born_child_going_on_to_further_action_has_no_disability_recorded() => Fails("8540", Child(c => c with { Disabilities = [] }));
    [Fact] public void Rule_8540_passes_when_an_unborn_child_has_no_disability_recorded() => Passes("8540", Child(c => c with { Disabilities = [], BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 6, 1) }));

    [Fact] public void Rule_8590_fails_when_a_child_has_no_episode() => Fails("8590", Child(c => c with { Episodes = [] }));
    [Fact] public void Rule_8590_passes_when_a_child_has_an_episode() => Passes("8590", File(ValidChild));

    [Fact] public void Rule_8608_fails_when_an_assessment_is_authorised_before_it_starts() => Fails("8608", Episode(e => e with { Assessments = [new CensusAssessment(Referral.AddDays(5), Referral.AddDays(4), ["3B"])] }));
    [Fact] public void Rule_8608_passes_when_an_assessment_is_authorised_after_it_starts() => Passes("8608", Episode(e => e));

    [Fact] public void Rule_8630_fails_when_an_episode_closes_before_its_referral() => Fails("8630", Episode(e => e with { ClosureDate = Referral.AddDays(-1), ReasonForClosure = "RC1" }));
    [Fact] public void Rule_8630_passes_when_an_episode_closes_after_its_referral() => Passes("8630", Episode(e => e with { ClosureDate = Referral.AddDays(200), ReasonForClosure = "RC1" }));

    [Fact] public void Rule_8640_fails_when_the_reason_for_closure_is_not_in_the_list() => Fails("8640", Episode(e => e with { ClosureDate = Referral.AddDays(200), ReasonForClosure = "RC10" }));
    [Fact] public void Rule_8640_passes_when_the_reason_for_closure_is_in_the_list() => Passes("8640", Episode(e => e with { ClosureDate = Referral.AddDays(200), ReasonForClosure = "RC9" }));

    [Fact] public void Rule_8650_fails_when_the_primary_need_is_not_in_the_list() => Fails("8650", Episode(e => e with { PrimaryNeed = "N10" }));
    [Fact] public void Rule_8650_passes_when_the_primary_need_is_in_the_list() => Passes("8650", Episode(e => e with { PrimaryNeed = "N9" }));

    [Fact] public void Rule_8790_fails_when_none_is_recorded_with_a_disability() => Fails("8790", Child(c => c with { Disabilities = ["NONE", "MOB"] }));
    [Fact] public void Rule_8790_passes_when_disabilities_are_recorded_without_none() => Passes("8790", Child(c => c with { Disabilities = ["MOB", "VIS"] }));

    [Fact] public void Rule_8794_fails_when_a_disability_is_recorded_twice() => Fails("8794", Child(c => c with { Disabilities = ["MOB", "MOB"] }));
    [Fact] public void Rule_8794_passes_when_each_disability_is_recorded_once() => Passes("8794", Child(c => c with { Disabilities = ["MOB", "HAND"] }));

    [Fact] public void Rule_8805_fails_when_an_episode_has_a_closure_date_but_no_reason() => Fails("8805", Episode(e => e with { ClosureDate = Referral.AddDays(200) }));
    [Fact] public void Rule_8805_passes_when_a_closed_episode_has_a_reason() => Passes("8805", Episode(e => e with { ClosureDate = Referral.AddDays(200), ReasonForClosure = "RC1" }));

    [Fact] public void Rule_8810_fails_when_an_episode_has_a_reason_but_no_closure_date() => Fails("8810", Episode(e => e with { ReasonForClosure = "RC1" }));
    [Fact] public void Rule_8810_passes_when_an_open_episode_has_no_reason() => Passes("8810", Episode(e => e));

    [Fact] public void Rule_8831_fails_when_a_no_further_action_referral_has_an_assessment() => Fails("8831", Episode(e => e with { ReferralNfa = true, Section47s = [], ProtectionPlans = [], CinPlans = [] }));
    [Fact] public void Rule_8831_passes_when_a_no_further_action_referral_has_no_activity() => Passes("8831", Episode(e => e with { ReferralNfa = true, Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] }));

    [Fact] public void Rule_8832_fails_when_a_no_further_action_referral_has_a_protection_plan() => Fails("8832", Episode(e => e with { ReferralNfa = true }));
    [Fact] public void Rule_8832_passes_when_a_referral_going_on_has_a_protection_plan() => Passes("8832", Episode(e => e));

    [Fact] public void Rule_8840_fails_when_a_plan_starts_and_ends_on_the_same_day() => Fails("8840", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { EndDate = Thursday }] }));
    [Fact] public void Rule_8840_passes_when_a_plan_lasts_more_than_a_day() => Passes("8840", Episode(e => e));

    [Fact] public void Rule_8866_fails_when_the_referral_source_is_missing() => Fails("8866", Episode(e => e with { ReferralSource = null }));
    [Fact] public void Rule_8866_passes_when_the_referral_source_is_in_the_list() => Passes("8866", Episode(e => e with { ReferralSource = "10" }));

    [Fact] public void Rule_8869_fails_when_factor_21_is_used_with_another() => Fails("8869", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["21", "3B"])] }));
    [Fact] public void Rule_8869_passes_when_factor_21_stands_alone() => Passes("8869", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["21"])] }));

    [Fact] public void Rule_8870Q_fails_when_the_conference_target_date_is_a_weekend() => Fails("8870Q", Episode(e => e with { Section47s = [e.Section47s[0] with { InitialCpcTarget = Saturday }] }));
    [Fact] public void Rule_8870Q_passes_when_the_conference_target_date_is_a_weekday() => Passes("8870Q", Episode(e => e));

    [Fact] public void Rule_8875_fails_when_the_conference_is_on_a_weekend() => Fails("8875", Episode(e => e with { Section47s = [e.Section47s[0] with { DateOfInitialCpc = Saturday }] }));
    [Fact] public void Rule_8875_passes_when_the_conference_is_on_a_weekday() => Passes("8875", Episode(e => e));

    [Fact] public void Rule_8898_fails_when_an_assessment_has_a_factor_twice() => Fails("8898", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["3B", "3B"])] }));
    [Fact] public void Rule_8898_passes_when_each_factor_is_once() => Passes("8898", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["3B", "4B"])] }));

    [Fact] public void Rule_8905_fails_when_the_initial_category_is_missing() => Fails("8905", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { InitialCategory = null }] }));
    [Fact] public void Rule_8905_passes_when_the_initial_category_is_in_the_list() => Passes("8905", Episode(e => e));

    [Fact] public void Rule_8910_fails_when_the_latest_category_is_not_in_the_list() => Fails("8910", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { LatestCategory = "SEX" }] }));
    [Fact] public void Rule_8910_passes_when_the_latest_category_is_in_the_list() => Passes("8910", Episode(e => e));

    [Fact] public void Rule_8925_fails_when_a_plan_ends_before_it_starts() => Fails("8925", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { EndDate = Thursday.AddDays(-1) }] }));
    [Fact] public void Rule_8925_passes_when_a_plan_ends_after_it_starts() => Passes("8925", Episode(e => e));

    [Fact] public void Rule_8935_fails_when_two_protection_plans_are_open() => Fails("8935", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { EndDate = null }, e.ProtectionPlans[0] with { StartDate = Thursday.AddDays(7), EndDate = null }] }));
    [Fact] public void Rule_8935_passes_when_one_protection_plan_is_open() => Passes("8935", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { EndDate = null }] }));

    [Fact] public void Rule_8945Q_fails_when_factor_18A_is_used() => Fails("8945Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["18A"])] }));
    [Fact] public void Rule_8945Q_passes_when_factor_18B_is_used() => Passes("8945Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["18B"])] }));

    [Fact] public void Rule_8950Q_fails_when_factor_19A_is_used() => Fails("8950Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["19A"])] }));
    [Fact] public void Rule_8950Q_passes_when_factor_19C_is_used() => Passes("8950Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), ["19C"])] }));

    private static readonly DateOnly Outside = new(2026, 4, 1);
    private static readonly DateOnly Death = new(2025, 12, 1);

    [Fact] public void Rule_8600_fails_when_the_referral_is_after_the_collection_period() => Fails("8600", Episode(e => e with { ReferralDate = Outside }));
    [Fact] public void Rule_8600_passes_when_the_referral_is_in_the_period() => Passes("8600", Episode(e => e));

    [Fact] public void Rule_8620_fails_when_the_closure_date_is_outside_the_year() => Fails("8620", Episode(e => e with { ClosureDate = Outside, ReasonForClosure = "RC1" }));
    [Fact] public void Rule_8620_passes_when_the_closure_date_is_in_the_year() => Passes("8620", Episode(e => e with { ClosureDate = Outside.AddDays(-1), ReasonForClosure = "RC1" }));

    [Fact] public void Rule_8696_fails_when_an_assessment_ends_outside_the_year() => Fails("8696", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Outside, ["3B"])] }));
    [Fact] public void Rule_8696_passes_when_an_assessment_ends_in_the_year() => Passes("8696", Episode(e => e));

    [Fact] public void Rule_8715_fails_when_the_conference_is_outside_the_year() => Fails("8715", Episode(e => e with { Section47s = [e.Section47s[0] with { DateOfInitialCpc = Outside }] }));
    [Fact] public void Rule_8715_passes_when_the_conference_is_in_the_year() => Passes("8715", Episode(e => e));

    [Fact] public void Rule_8930_fails_when_a_plan_ends_outside_the_year() => Fails("8930", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { EndDate = Outside }] }));
    [Fact] public void Rule_8930_passes_when_a_plan_ends_in_the_year() => Passes("8930", Episode(e => e));

    [Fact] public void Rule_4013_fails_when_a_cin_plan_ends_outside_the_year() => Fails("4013", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), Outside)] }));
    [Fact] public void Rule_4013_passes_when_a_cin_plan_ends_in_the_year() => Passes("4013", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), Outside.AddDays(-1))] }));

    [Fact] public void Rule_8750_fails_when_an_unborn_child_has_a_sex_other_than_U() => Fails("8750", Child(c => c with { BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 6, 1), Sex = "F" }));
    [Fact] public void Rule_8750_passes_when_an_unborn_child_is_U() => Passes("8750", Child(c => c with { BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 6, 1), Sex = "U" }));

    [Fact] public void Rule_8535Q_fails_when_death_is_before_birth() => Fails("8535Q", Child(c => c with { DeathDate = c.BirthDate!.Value.AddDays(-1) }));
    [Fact] public void Rule_8535Q_passes_when_death_is_after_birth() => Passes("8535Q", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_8545Q_fails_when_death_is_outside_the_year() => Fails("8545Q", Child(c => c with { DeathDate = Outside }));
    [Fact] public void Rule_8545Q_passes_when_death_is_in_the_year() => Passes("8545Q", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_8555Q_fails_when_a_referral_is_after_death() => Fails("8555Q", Child(c => c with { DeathDate = Referral.AddDays(-1) }));
    [Fact] public void Rule_8555Q_passes_when_referrals_are_before_death() => Passes("8555Q", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_4008_fails_when_a_cin_plan_starts_after_death() => Fails("4008", Child(c => c with { DeathDate = new DateOnly(2025, 9, 30) }));
    [Fact] public void Rule_4008_passes_when_cin_plans_start_before_death() => Passes("4008", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_4009Q_fails_when_a_cin_plan_ends_after_death() => Fails("4009Q", Child(c => c with { DeathDate = Death, Episodes = [ValidEpisode with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), Death.AddDays(1))] }] }));
    [Fact] public void Rule_4009Q_passes_when_a_cin_plan_ends_on_the_death() => Passes("4009Q", Child(c => c with { DeathDate = Death, Episodes = [ValidEpisode with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), Death)] }] }));

    [Fact] public void Rule_8915_fails_when_a_plan_starts_after_death() => Fails("8915", Child(c => c with { DeathDate = Thursday.AddDays(-1) }));
    [Fact] public void Rule_8915_passes_when_plans_start_before_death() => Passes("8915", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_8920_fails_when_a_plan_ends_after_death() => Fails("8920", Child(c => c with { DeathDate = new DateOnly(2025, 9, 1) }));
    [Fact] public void Rule_8920_passes_when_plans_end_before_death() => Passes("8920", Child(c => c with { DeathDate = Death }));

    [Fact] public void Rule_8568_fails_when_the_nfa_flag_is_missing() => Fails("8568", Episode(e => e with { ReferralNfa = null }));
    [Fact] public void Rule_8568_passes_when_the_nfa_flag_is_given() => Passes("8568", Episode(e => e));

    [Fact] public void Rule_8610_fails_when_a_referral_going_on_has_no_primary_need() => Fails("8610", Episode(e => e with { PrimaryNeed = null }));
    [Fact] public void Rule_8610_passes_when_a_no_further_action_referral_has_no_primary_need() => Passes("8610", Episode(e => e with { PrimaryNeed = null, ReferralNfa = true }));

    [Fact] public void Rule_8730_fails_when_the_number_of_previous_plans_is_missing() => Fails("8730", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { NumberOfPreviousPlans = null }] }));
    [Fact] public void Rule_8730_passes_when_the_number_of_previous_plans_is_given() => Passes("8730", Episode(e => e));

    [Fact] public void Rule_8841_fails_when_a_review_is_on_the_plans_start_date() => Fails("8841", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { ReviewDates = [Thursday] }] }));
    [Fact] public void Rule_8841_passes_when_reviews_are_after_the_start() => Passes("8841", Episode(e => e));

    [Fact] public void Rule_8842Q_fails_when_a_review_has_no_date() => Fails("8842Q", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { ReviewDates = [null] }] }));
    [Fact] public void Rule_8842Q_passes_when_every_review_has_a_date() => Passes("8842Q", Episode(e => e));

    [Fact] public void Rule_8614_fails_when_an_open_assessment_has_factors() => Fails("8614", Episode(e => e with { Assessments = [new CensusAssessment(Referral, null, ["3B"])] }));
    [Fact] public void Rule_8614_passes_when_an_open_assessment_has_no_factors() => Passes("8614", Episode(e => e with { Assessments = [new CensusAssessment(Referral, null, [])] }));

    [Fact] public void Rule_8897Q_fails_when_a_completed_assessment_has_no_factors() => Fails("8897Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(10), [])] }));
    [Fact] public void Rule_8897Q_passes_when_a_completed_assessment_has_factors() => Passes("8897Q", Episode(e => e));

    [Fact] public void Rule_8896_fails_when_two_assessments_are_open() => Fails("8896", Episode(e => e with { Assessments = [new CensusAssessment(Referral, null, []), new CensusAssessment(Referral.AddDays(3), null, [])] }));
    [Fact] public void Rule_8896_passes_when_one_assessment_is_open() => Passes("8896", Episode(e => e with { Assessments = [e.Assessments[0], new CensusAssessment(Referral.AddDays(30), null, [])] }));

    [Fact] public void Rule_8839_fails_when_two_s47s_are_open() => Fails("8839", Episode(e => e with { Section47s = [new CensusSection47(Referral, null, null, null), new CensusSection47(Referral.AddDays(2), null, null, null)] }));
    [Fact] public void Rule_8839_passes_when_one_s47_is_open_and_one_needed_no_conference() => Passes("8839", Episode(e => e with { Section47s = [new CensusSection47(Referral, null, null, true), new CensusSection47(Referral.AddDays(2), null, null, null)] }));

    [Fact] public void Rule_8825Q_fails_when_rc8_has_no_assessment() => Fails("8825Q", Episode(e => e with { ClosureDate = Referral.AddDays(5), ReasonForClosure = "RC8", Assessments = [] }));
    [Fact] public void Rule_8825Q_passes_when_rc8_has_an_assessment() => Passes("8825Q", Episode(e => e with { ClosureDate = Referral.AddDays(30), ReasonForClosure = "RC8" }));

    [Fact] public void Rule_2990_fails_when_an_rc9_case_has_a_plan() => Fails("2990", Episode(e => e with { ClosureDate = Referral.AddDays(300), ReasonForClosure = "RC9" }));
    [Fact] public void Rule_2990_passes_when_an_rc9_case_has_only_its_assessment() => Passes("2990", Episode(e => e with { ClosureDate = Referral.AddDays(30), ReasonForClosure = "RC9", CinPlans = [], Section47s = [], ProtectionPlans = [] }));

    [Fact] public void Rule_2991Q_fails_when_an_s47_has_no_assessment() => Fails("2991Q", Episode(e => e with { Assessments = [] }));
    [Fact] public void Rule_2991Q_passes_when_an_s47_has_an_assessment() => Passes("2991Q", Episode(e => e));

    [Fact] public void Rule_8585Q_fails_when_closed_as_died_without_a_date_of_death() => Fails("8585Q", Episode(e => e with { ClosureDate = Death, ReasonForClosure = "RC2" }));
    [Fact] public void Rule_8585Q_passes_when_closed_as_died_with_a_date_of_death() => Passes("8585Q", Child(c => c with { DeathDate = Death, Episodes = [ValidEpisode with { ClosureDate = Death, ReasonForClosure = "RC2" }] }));

    [Fact] public void Rule_8772_fails_when_un7_is_given_for_a_referral_going_on() => Fails("8772", Child(c => c with { UpnUnknown = "UN7" }));
    [Fact] public void Rule_8772_passes_when_un7_is_given_for_a_no_further_action_referral() => Passes("8772", Child(c => c with { UpnUnknown = "UN7", Episodes = [ValidEpisode with { ReferralNfa = true }] }));

    [Fact] public void Rule_8815_fails_when_two_episodes_going_on_are_open() => Fails("8815", Child(c => c with { Episodes = [ValidEpisode, ValidEpisode with { ReferralDate = Outside.AddDays(-10) }] }));
    [Fact] public void Rule_8815_passes_when_the_earlier_episode_is_closed() => Passes("8815", Child(c => c with { Episodes = [ValidEpisode with { ClosureDate = Outside.AddDays(-20), ReasonForClosure = "RC7" }, ValidEpisode with { ReferralDate = Outside.AddDays(-10) }] }));

    [Fact] public void Rule_8867_fails_when_a_closed_episode_has_an_open_assessment() => Fails("8867", Episode(e => e with { ClosureDate = Referral.AddDays(60), ReasonForClosure = "RC7", Assessments = [new CensusAssessment(Referral, null, [])] }));
    [Fact] public void Rule_8867_passes_when_a_closed_episodes_assessments_are_completed() => Passes("8867", Episode(e => e with { ClosureDate = Referral.AddDays(60), ReasonForClosure = "RC7" }));

    [Fact] public void Rule_8868_fails_when_a_closed_episode_has_an_s47_with_no_conference_or_flag() => Fails("8868", Episode(e => e with { ClosureDate = Referral.AddDays(60), ReasonForClosure = "RC7", Section47s = [new CensusSection47(Referral, null, null, false)] }));
    [Fact] public void Rule_8868_passes_when_a_closed_episodes_s47_needed_no_conference() => Passes("8868", Episode(e => e with { ClosureDate = Referral.AddDays(60), ReasonForClosure = "RC7", Section47s = [new CensusSection47(Referral, null, null, true)] }));

    [Fact] public void Rule_8940_fails_when_protection_plans_overlap() => Fails("8940", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0], e.ProtectionPlans[0] with { StartDate = new DateOnly(2025, 9, 1), EndDate = null }] }));
    [Fact] public void Rule_8940_passes_when_protection_plans_follow_one_another() => Passes("8940", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0], e.ProtectionPlans[0] with { StartDate = new DateOnly(2025, 9, 30), EndDate = null }], CinPlans = [] }));

    [Fact] public void Rule_4014_fails_when_cin_plans_overlap() => Fails("4014", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)), new CensusCinPlan(new DateOnly(2025, 10, 15), null)] }));
    [Fact] public void Rule_4014_passes_when_cin_plans_follow_one_another() => Passes("4014", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)), new CensusCinPlan(new DateOnly(2025, 11, 1), null)] }));

    [Fact] public void Rule_8820_fails_when_episodes_overlap() => Fails("8820", Child(c => c with { Episodes = [ValidEpisode, ValidEpisode with { ReferralDate = Referral.AddDays(100) }] }));
    [Fact] public void Rule_8820_passes_when_episodes_follow_one_another() => Passes("8820", Child(c => c with { Episodes = [ValidEpisode with { ClosureDate = Referral.AddDays(50), ReasonForClosure = "RC7" }, ValidEpisode with { ReferralDate = Referral.AddDays(100) }] }));

    [Fact] public void Rule_4001_fails_when_a_cin_plan_runs_with_a_protection_plan() => Fails("4001", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 9, 1), null)] }));
    [Fact] public void Rule_4001_passes_when_a_cin_plan_follows_the_protection_plan() => Passes("4001", Episode(e => e));

    [Fact] public void Rule_4003_fails_when_a_review_falls_in_an_open_cin_plan() => Fails("4003", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 8, 1), new DateOnly(2025, 8, 31))] }));
    [Fact] public void Rule_4003_passes_when_no_review_falls_in_a_cin_plan() => Passes("4003", Episode(e => e));

    [Fact] public void Rule_8606_fails_when_the_referral_is_more_than_40_weeks_before_the_expected_birth() => Fails("8606", Child(c => c with { BirthDate = null, Sex = "U", ExpectedBirthDate = Referral.AddDays(281) }));
    [Fact] public void Rule_8606_passes_when_the_referral_is_within_40_weeks_of_the_expected_birth() => Passes("8606", Child(c => c with { BirthDate = null, Sex = "U", ExpectedBirthDate = Referral.AddDays(280) }));

    [Fact] public void Rule_4180_fails_when_sex_is_not_m_f_or_u() => Fails("4180", Child(c => c with { Sex = "1" }));
    [Fact] public void Rule_4180_passes_when_sex_is_u() => Passes("4180", Child(c => c with { Sex = "U" }));

    [Fact] public void Rule_4220_fails_when_ethnicity_is_missing() => Fails("4220", Child(c => c with { Ethnicity = null }));
    [Fact] public void Rule_4220_passes_when_ethnicity_is_a_listed_code() => Passes("4220", Child(c => c with { Ethnicity = "NOBT" }));

    [Fact] public void Rule_8500_fails_when_the_la_child_id_is_missing() => Fails("8500", Child(c => c with { LaChildId = "" }));
    [Fact] public void Rule_8500_passes_when_the_la_child_id_is_given() => Passes("8500", File(ValidChild));

    [Fact] public void Rule_8510_fails_when_two_children_share_an_la_child_id() =>
        Fails("8510", new(new CensusHeader(2026, new DateOnly(2026, 3, 31), "926"), [ValidChild, ValidChild with { Sex = "F" }]));
    [Fact] public void Rule_8510_passes_when_each_child_has_its_own_id() =>
        Passes("8510", new(new CensusHeader(2026, new DateOnly(2026, 3, 31), "926"), [ValidChild, ValidChild with { LaChildId = "NFK000124" }]));

    [Fact] public void Rule_8520_fails_when_the_child_is_born_after_the_census_year() => Fails("8520", Child(c => c with { BirthDate = new DateOnly(2026, 4, 1) }));
    [Fact] public void Rule_8520_passes_when_the_child_is_born_by_its_end() => Passes("8520", Child(c => c with { BirthDate = new DateOnly(2026, 3, 31) }));

    [Fact] public void Rule_8525Q_fails_with_both_a_birth_date_and_an_expected_one() => Fails("8525Q", Child(c => c with { ExpectedBirthDate = new DateOnly(2026, 5, 1) }));
    [Fact] public void Rule_8525Q_fails_with_neither() => Fails("8525Q", Child(c => c with { BirthDate = null }));
    [Fact] public void Rule_8525Q_passes_with_only_an_expected_birth_date() => Passes("8525Q", Child(c => c with { BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 5, 1), Sex = "U" }));

    [Fact] public void Rule_8530Q_fails_when_the_expected_birth_is_before_march_of_the_year() => Fails("8530Q", Child(c => c with { BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 2, 28), Sex = "U" }));
    [Fact] public void Rule_8530Q_passes_when_the_expected_birth_is_march_to_december() => Passes("8530Q", Child(c => c with { BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 12, 31), Sex = "U" }));

    [Fact] public void Rule_8775Q_fails_when_the_child_is_25_by_the_reference_date() => Fails("8775Q", Child(c => c with { BirthDate = new DateOnly(2001, 3, 31) }));
    [Fact] public void Rule_8775Q_passes_when_the_child_is_under_25() => Passes("8775Q", Child(c => c with { BirthDate = new DateOnly(2001, 4, 1) }));

    [Fact] public void Rule_8816_fails_when_an_open_episode_is_not_the_latest() =>
        Fails("8816", Child(c => c with { Episodes = [ValidEpisode, ValidEpisode with { ReferralDate = new DateOnly(2025, 12, 1), ClosureDate = new DateOnly(2025, 12, 2), ReasonForClosure = "RC7", Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] }] }));
    [Fact] public void Rule_8816_passes_when_the_open_episode_is_the_latest() =>
        Passes("8816", Child(c => c with { Episodes = [ValidEpisode with { ReferralDate = new DateOnly(2025, 4, 2), ClosureDate = new DateOnly(2025, 4, 3), ReasonForClosure = "RC7", Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] }, ValidEpisode] }));

    [Fact] public void Rule_8863Q_fails_when_an_assessment_starts_while_another_is_ongoing() =>
        Fails("8863Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(20), ["3B"]), new CensusAssessment(Referral.AddDays(5), Referral.AddDays(30), ["3B"])] }));
    [Fact] public void Rule_8863Q_passes_when_an_assessment_starts_the_day_the_last_one_ended() =>
        Passes("8863Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral, Referral.AddDays(20), ["3B"]), new CensusAssessment(Referral.AddDays(20), Referral.AddDays(30), ["3B"])] }));

    [Fact] public void Rule_4010_fails_when_a_cin_plan_starts_after_the_year() => Fails("4010", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2026, 4, 1), null)] }));
    [Fact] public void Rule_4010_fails_when_a_cin_plan_has_no_start() => Fails("4010", Episode(e => e with { CinPlans = [new CensusCinPlan(null, null)] }));
    [Fact] public void Rule_4010_passes_when_the_cin_plan_starts_in_the_year() => Passes("4010", Episode(e => e));

    [Fact] public void Rule_4015_fails_when_a_cin_plan_starts_before_the_referral() => Fails("4015", Episode(e => e with { CinPlans = [new CensusCinPlan(Referral.AddDays(-1), null)] }));
    [Fact] public void Rule_4015_passes_when_the_cin_plan_starts_after_the_referral() => Passes("4015", Episode(e => e));

    [Fact] public void Rule_4016_fails_when_a_cin_plan_starts_during_a_protection_plan() => Fails("4016", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 9, 1), null)] }));
    [Fact] public void Rule_4016_passes_when_the_cin_plan_starts_the_day_the_protection_plan_ends() => Passes("4016", Episode(e => e with { CinPlans = [new CensusCinPlan(new DateOnly(2025, 9, 30), null)] }));

    [Fact] public void Rule_4017_fails_when_a_protection_plan_starts_during_a_cin_plan() => Fails("4017", Episode(e => e with { CinPlans = [new CensusCinPlan(Referral.AddDays(1), null)] }));
    [Fact] public void Rule_4017_passes_when_the_cin_plan_ended_before_the_protection_plan() => Passes("4017", Episode(e => e with { CinPlans = [new CensusCinPlan(Referral.AddDays(1), Thursday)] }));

    [Fact] public void Rule_8720_fails_when_a_protection_plan_has_no_start() => Fails("8720", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { StartDate = null }] }));
    [Fact] public void Rule_8720_passes_when_the_protection_plan_starts_in_the_year() => Passes("8720", Episode(e => e));

    [Fact] public void Rule_8615_fails_when_the_enquiry_starts_after_its_conference() => Fails("8615", Episode(e => e with { Section47s = [new CensusSection47(Thursday.AddDays(1), null, Thursday, false)] }));
    [Fact] public void Rule_8615_passes_when_the_enquiry_starts_before_its_conference() => Passes("8615", Episode(e => e));

    [Fact] public void Rule_8736_fails_when_an_open_assessment_started_before_the_year() => Fails("8736", Episode(e => e with { ReferralDate = new DateOnly(2025, 3, 1), Assessments = [new CensusAssessment(new DateOnly(2025, 3, 2), null, [])] }));
    [Fact] public void Rule_8736_passes_when_an_open_assessment_started_in_the_year() => Passes("8736", Episode(e => e with { Assessments = [new CensusAssessment(Referral, null, [])] }));

    [Fact] public void Rule_8740_fails_when_an_enquiry_without_a_conference_started_before_the_year() =>
        Fails("8740", Episode(e => e with { ReferralDate = new DateOnly(2025, 3, 1), Section47s = [new CensusSection47(new DateOnly(2025, 3, 3), null, null, false)] }));
    [Fact] public void Rule_8740_passes_when_no_conference_was_required() =>
        Passes("8740", Episode(e => e with { ReferralDate = new DateOnly(2025, 3, 1), Section47s = [new CensusSection47(new DateOnly(2025, 3, 3), null, null, true)] }));

    [Fact] public void Rule_8565_fails_when_a_cin_plan_ends_after_the_case_closed() =>
        Fails("8565", Episode(e => e with { ClosureDate = new DateOnly(2025, 11, 1), ReasonForClosure = "RC7", CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 2))] }));
    [Fact] public void Rule_8565_passes_when_everything_ends_by_the_closure() =>
        Passes("8565", Episode(e => e with { ClosureDate = new DateOnly(2025, 11, 1), ReasonForClosure = "RC7", CinPlans = [new CensusCinPlan(new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1))] }));

    [Fact] public void Rule_2883_fails_when_a_plan_starts_without_a_conference() => Fails("2883", Episode(e => e with { Section47s = [new CensusSection47(Referral.AddDays(4), null, null, true)] }));
    [Fact] public void Rule_2883_passes_when_each_plan_has_its_conference() => Passes("2883", Episode(e => e));

    [Fact] public void Rule_2885_fails_when_the_plan_starts_a_day_after_the_conference() =>
        Fails("2885", Episode(e => e with { ProtectionPlans = [e.ProtectionPlans[0] with { StartDate = Thursday.AddDays(1) }] }));
    [Fact] public void Rule_2885_passes_when_the_plan_starts_the_day_of_the_conference() => Passes("2885", Episode(e => e));

    [Fact] public void Rule_1510_fails_when_the_upns_check_letter_is_wrong() => Fails("1510", Child(c => c with { Upn = "A801200001001" }));
    [Fact] public void Rule_1510_passes_when_the_upns_check_letter_is_right() => Passes("1510", Child(c => c with { Upn = "C92610001234A" }));

    [Fact] public void Rule_1520_fails_when_two_children_have_the_same_upn() => Fails("1520", WholeFile(ValidChild, ValidChild with { LaChildId = "NFK000124" }));
    [Fact] public void Rule_1520_passes_when_each_upn_is_on_one_child() => Passes("1520", WholeFile(ValidChild, ValidChild with { LaChildId = "NFK000124", Upn = "Y926100012345" }));

    [Fact] public void Rule_1530_fails_when_characters_2_to_4_are_not_an_authority_code() => Fails("1530", Child(c => c with { Upn = "H999200001001" }));
    [Fact] public void Rule_1530_passes_when_characters_2_to_4_are_an_authority_code() => Passes("1530", Child(c => c with { Upn = "Y926100012345" }));

    [Fact] public void Rule_1540_fails_when_characters_5_to_12_are_not_all_digits() => Fails("1540", Child(c => c with { Upn = "H8012000X1001" }));
    [Fact] public void Rule_1540_passes_when_characters_5_to_12_are_digits() => Passes("1540", Child(c => c with { Upn = "H801200001001" }));

    [Fact] public void Rule_1550_fails_when_character_13_is_not_a_digit_or_a_upn_letter() => Fails("1550", Child(c => c with { Upn = "H80120000100O" }));
    [Fact] public void Rule_1550_passes_when_character_13_is_a_upn_letter() => Passes("1550", Child(c => c with { Upn = "C92610001234A" }));

    [Fact] public void Rule_1560Q_fails_when_the_former_upn_is_not_of_the_upn_form() => Fails("1560Q", Child(c => c with { FormerUpn = "X12345" }));
    [Fact] public void Rule_1560Q_passes_when_the_former_upn_is_a_temporary_upn() => Passes("1560Q", Child(c => c with { FormerUpn = "C92610001234A" }));

    [Fact] public void Rule_8770Q_fails_when_a_school_age_child_going_on_to_further_action_has_no_upn_nor_reason() => Fails("8770Q", Child(c => c with { Upn = null }));
    [Fact] public void Rule_8770Q_fails_when_a_school_age_childs_reason_is_un1() => Fails("8770Q", Child(c => c with { Upn = null, UpnUnknown = "UN1" }));
    [Fact] public void Rule_8770Q_passes_when_a_child_under_six_has_no_upn() => Passes("8770Q", Child(c => c with { Upn = null, BirthDate = new DateOnly(2020, 4, 1) }));
    [Fact] public void Rule_8770Q_passes_when_a_school_age_child_has_a_reason_other_than_un1() => Passes("8770Q", Child(c => c with { Upn = null, UpnUnknown = "UN3" }));

    [Fact] public void Rule_2886Q_fails_when_more_than_2_percent_of_born_children_have_sex_unknown() => Fails("2886Q", WholeFile([ValidChild with { Sex = "U" }, .. Companions]));
    [Fact] public void Rule_2886Q_passes_when_only_unborn_children_have_sex_unknown() => Passes("2886Q", WholeFile([ValidChild with { Sex = "U", BirthDate = null, ExpectedBirthDate = new DateOnly(2026, 5, 1) }, .. Companions]));

    [Fact] public void Rule_2887Q_fails_when_fewer_than_8_disability_codes_are_used() => Fails("2887Q", WholeFile([ValidChild, .. Companions[1..]]));
    [Fact] public void Rule_2887Q_passes_when_8_disability_codes_are_used() => Passes("2887Q", WholeFile([ValidChild, .. Companions]));

    [Fact] public void Rule_2888Q_fails_when_no_child_has_more_than_one_disability() => Fails("2888Q", WholeFile([ValidChild, .. Companions[..^1]]));
    [Fact] public void Rule_2888Q_passes_when_a_child_has_two_disabilities() => Passes("2888Q", WholeFile([ValidChild, .. Companions]));

    [Fact] public void Rule_8569Q_fails_when_a_referral_before_the_last_working_day_before_the_year_is_flagged_no_further_action() =>
        Fails("8569Q", Episode(e => e with { ReferralDate = new DateOnly(2025, 3, 28), ReferralNfa = true, Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] }));
    [Fact] public void Rule_8569Q_passes_when_a_referral_on_the_last_working_day_before_the_year_is_flagged_no_further_action() =>
        Passes("8569Q", Episode(e => e with { ReferralDate = new DateOnly(2025, 3, 31), ReferralNfa = true, Assessments = [], Section47s = [], ProtectionPlans = [], CinPlans = [] }));

    [Fact] public void Rule_8670Q_fails_when_an_assessment_started_more_than_45_working_days_before_the_years_end_has_no_end() =>
        Fails("8670Q", Episode(e => e with { Assessments = [new CensusAssessment(new DateOnly(2026, 1, 26), null, [])] }));
    [Fact] public void Rule_8670Q_passes_when_an_assessment_started_45_working_days_before_the_years_end_has_no_end() =>
        Passes("8670Q", Episode(e => e with { Assessments = [new CensusAssessment(new DateOnly(2026, 1, 27), null, [])] }));

    [Fact] public void Rule_8675Q_fails_when_an_enquiry_started_more_than_15_working_days_before_the_years_end_has_no_conference() =>
        Fails("8675Q", File(ValidChild with { Episodes = [ValidEpisode with { ReferralDate = new DateOnly(2024, 2, 1), Section47s = [new CensusSection47(new DateOnly(2024, 3, 6), null, null, false)] }] }, year: 2024));
    [Fact] public void Rule_8675Q_passes_when_good_friday_makes_an_enquirys_start_15_working_days_before_the_years_end() =>
        Passes("8675Q", File(ValidChild with { Episodes = [ValidEpisode with { ReferralDate = new DateOnly(2024, 2, 1), Section47s = [new CensusSection47(new DateOnly(2024, 3, 7), null, null, false)] }] }, year: 2024));
    [Fact] public void Rule_8675Q_passes_when_no_conference_was_required() =>
        Passes("8675Q", File(ValidChild with { Episodes = [ValidEpisode with { ReferralDate = new DateOnly(2024, 2, 1), Section47s = [new CensusSection47(new DateOnly(2024, 3, 6), null, null, true)] }] }, year: 2024));

    [Fact] public void Rule_8873Q_fails_when_the_only_assessment_found_no_factors_and_the_closure_is_not_rc8_or_rc9() =>
        Fails("8873Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral.AddDays(1), Referral.AddDays(19), ["21"])], ClosureDate = Referral.AddDays(20), ReasonForClosure = "RC7", Section47s = [], ProtectionPlans = [], CinPlans = [] }));
    [Fact] public void Rule_8873Q_passes_when_the_only_assessment_found_no_factors_and_the_closure_is_rc8() =>
        Passes("8873Q", Episode(e => e with { Assessments = [new CensusAssessment(Referral.AddDays(1), Referral.AddDays(19), ["21"])], ClosureDate = Referral.AddDays(20), ReasonForClosure = "RC8", Section47s = [], ProtectionPlans = [], CinPlans = [] }));

    [Fact] public void Rule_8890_fails_when_an_enquiry_starts_while_another_is_ongoing() =>
        Fails("8890", Episode(e => e with { Section47s = [e.Section47s[0], new CensusSection47(Referral.AddDays(10), null, null, false)] }));
    [Fact] public void Rule_8890_passes_when_an_enquiry_starts_after_the_other_ended_in_a_conference() =>
        Passes("8890", Episode(e => e with { Section47s = [e.Section47s[0], new CensusSection47(Thursday.AddDays(1), null, null, true)] }));
}
