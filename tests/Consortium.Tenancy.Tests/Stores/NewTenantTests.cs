using Consortium.Tenancy.Stores;

namespace Consortium.Tenancy.Tests.Stores;

public sealed class NewTenantTests
{
    private static readonly NewTenant Valid = new()
    {
        Identifier = "rutland",
        Name = "Rutland",
        OldLaCode = "857",
        NewLaCode = "E06000017",
        RegionCode = "E12000004",
        RegionName = "East Midlands",
        ChildrenAged0To17 = 7000,
    };

    [Fact]
    public void A_complete_authority_has_no_problems() => Assert.Empty(Valid.Validate());

    [Theory]
    [InlineData("Identifier", "Rutland!", "Short name must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter")]
    [InlineData("Identifier", "hub", "Short name 'hub' is reserved")]
    [InlineData("OldLaCode", "85", "Old LA code must be the Department's 3-digit code, like 304")]
    [InlineData("NewLaCode", "E07000017", "New LA code must be an English upper-tier authority's ONS code, like E09000005")]
    [InlineData("RegionCode", "W12000004", "Region code must be an English region's ONS code, like E12000007")]
    public void Each_bad_code_gets_its_own_message(string field, string value, string message)
    {
        var candidate = field switch
        {
            "Identifier" => Valid with { Identifier = value },
            "OldLaCode" => Valid with { OldLaCode = value },
            "NewLaCode" => Valid with { NewLaCode = value },
            _ => Valid with { RegionCode = value },
        };

        Assert.Equal([(field, message)], candidate.Validate());
    }

    [Fact]
    public void A_population_of_zero_is_refused() =>
        Assert.Contains(("ChildrenAged0To17", "Children aged 0 to 17 must be a whole number between 1 and 5,000,000"), (Valid with { ChildrenAged0To17 = 0 }).Validate());
}
