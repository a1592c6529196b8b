using Consortium.Practice.Census;

namespace Consortium.Practice.Tests.Census;

public sealed class CodeListTests
{
    [Fact]
    public void Every_code_list_has_distinct_codes_with_names_and_its_named_codes_are_in_it()
    {
        AssertList(Sex.List, Sex.NotKnown);
        AssertList(Ethnicity.List, Ethnicity.NotYetObtained);
        AssertList(Disability.List, Disability.None);
        AssertList(ReferralSource.List, ReferralSource.Unknown);
        AssertList(PrimaryNeed.List, PrimaryNeed.AbuseOrNeglect, PrimaryNeed.NotStated);
        AssertList(CategoryOfAbuse.List, CategoryOfAbuse.Neglect, CategoryOfAbuse.PhysicalAbuse, CategoryOfAbuse.SexualAbuse, CategoryOfAbuse.EmotionalAbuse, CategoryOfAbuse.Multiple);
        AssertList(ClosureReason.List, ClosureReason.NoFurtherAction, ClosureReason.ServicesCeased, ClosureReason.ReferredToEarlyHelp);
        AssertList(AssessmentFactor.List, AssessmentFactor.NoneIdentified);
    }

    [Theory]
    [InlineData("RC8", true)]
    [InlineData("rc8", false)]
    [InlineData("RC10", false)]
    [InlineData(null, false)]
    public void A_code_parses_only_as_the_census_writes_it(string? code, bool known) =>
        Assert.Equal(known, ClosureReason.List.TryParse(code, out _));

    [Fact]
    public void A_stored_code_that_is_not_in_the_list_is_a_defect_not_a_value() =>
        Assert.Throws<InvalidOperationException>(() => ClosureReason.List.FromStored("RC0"));

    [Theory]
    [InlineData(new[] { "LD", "AUT" }, null)]
    [InlineData(new[] { "LD", "XYZ" }, "Select disabilities from the list")]
    [InlineData(new[] { "LD", "LD" }, "Select each of the disabilities once")]
    [InlineData(new[] { "NONE", "LD" }, "'No disability' cannot be selected with other disabilities")]
    public void A_set_of_codes_is_checked_for_unknown_repeated_and_none_with_others(string[] chosen, string? problem) =>
        Assert.Equal(problem, Disability.List.CheckSet(chosen, Disability.None, 13, "disabilities"));

    private static void AssertList<TCode>(CodeList<TCode> list, params TCode[] named)
        where TCode : CensusCode
    {
        Assert.Equal(list.All.Count, list.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(list.All, c => Assert.False(string.IsNullOrWhiteSpace(c.DisplayName)));
        Assert.All(named, n => Assert.Same(n, Assert.Single(list.All, c => c.Code == n.Code)));
    }
}
