using Consortium.Practice.Casework;
using Consortium.Practice.Census.Recording;

namespace Consortium.Practice.Tests.Census;

/// <summary>The checks on a child's census details as a practitioner enters them: the UPN's form and check letter, the reason it is unknown, the former UPN, the date of death.</summary>
public sealed class ChildCensusDetailsTests
{
    private static readonly DateOnly Today = new(2026, 1, 10);
    private static readonly Child Born2015 = new() { Reference = "C-1", DateOfBirth = new DateOnly(2015, 5, 1) };

    private static IEnumerable<string> Fields(ChildCensusDetails details, Child? child = null) =>
        details.Validate(child ?? Born2015, Today).Select(e => e.Field);

    [Theory]
    [InlineData("H801200001001")]
    [InlineData("y926100012345")]
    [InlineData("M 926 1000 12346")]
    [InlineData("C92610001234A")]
    public void A_upn_of_the_right_form_with_its_check_letter_is_accepted_in_any_case_and_spacing(string upn)
    {
        Assert.Empty(Fields(new ChildCensusDetails(upn, null, null, null)));
        Assert.Equal(upn.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), new ChildCensusDetails(upn, null, null, null).CleanUpn);
    }

    [Theory]
    [InlineData("A801200001001")] // wrong check letter
    [InlineData("H80120000100")] // 12 characters
    [InlineData("H8012000010O1")] // a letter among the digits
    [InlineData("H999200001001")] // no authority 999
    [InlineData("H80120000100I")] // I is not a UPN letter
    public void A_upn_with_a_wrong_check_letter_length_body_or_authority_code_is_refused(string upn) =>
        Assert.Equal([nameof(ChildCensusDetails.Upn)], Fields(new ChildCensusDetails(upn, null, null, null)));

    [Fact]
    public void A_reason_the_upn_is_unknown_is_one_of_the_codes_and_not_given_with_a_upn()
    {
        Assert.Empty(Fields(new ChildCensusDetails(null, "UN2", null, null)));
        Assert.Equal([nameof(ChildCensusDetails.UpnUnknown)], Fields(new ChildCensusDetails(null, "UN9", null, null)));
        Assert.Equal([nameof(ChildCensusDetails.UpnUnknown)], Fields(new ChildCensusDetails("H801200001001", "UN2", null, null)));
    }

    [Fact]
    public void A_former_upn_has_the_upn_form_and_differs_from_the_upn()
    {
        Assert.Empty(Fields(new ChildCensusDetails("H801200001001", null, "C92610001234A", null)));
        Assert.Equal([nameof(ChildCensusDetails.FormerUpn)], Fields(new ChildCensusDetails(null, "UN2", "C9261000", null)));
        Assert.Equal([nameof(ChildCensusDetails.FormerUpn)], Fields(new ChildCensusDetails("H801200001001", null, "h801200001001", null)));
    }

    [Fact]
    public void A_date_of_death_is_not_in_the_future_nor_before_birth_nor_of_an_unborn_child()
    {
        Assert.Empty(Fields(new ChildCensusDetails(null, null, null, Today)));
        Assert.Equal([nameof(ChildCensusDetails.DateOfDeath)], Fields(new ChildCensusDetails(null, null, null, Today.AddDays(1))));
        Assert.Equal([nameof(ChildCensusDetails.DateOfDeath)], Fields(new ChildCensusDetails(null, null, null, new DateOnly(2015, 4, 30))));
        Assert.Equal([nameof(ChildCensusDetails.DateOfDeath)], Fields(new ChildCensusDetails(null, null, null, Today), new Child { ExpectedDateOfBirth = Today.AddDays(30) }));
    }
}
