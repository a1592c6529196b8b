using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Tests.Authorities;

public sealed class AuthorityNameTests
{
    [Theory]
    [InlineData("Bristol, City of", "Bristol")]
    [InlineData("Kingston upon Hull, City of", "Kingston upon Hull")]
    [InlineData("Herefordshire, County of", "Herefordshire")]
    [InlineData("Southend-on-Sea", "Southend on Sea")]
    [InlineData("Bournemouth, Christchurch and Poole", "Bournemouth Christchurch and Poole")]
    [InlineData("Brighton & Hove", "Brighton and Hove")]
    [InlineData("St. Helens", "St Helens")]
    [InlineData("  Telford  and Wrekin ", "telford and wrekin")]
    public void The_ways_the_same_authority_is_written_meet(string one, string other) =>
        Assert.Equal(AuthorityName.Key(one), AuthorityName.Key(other));

    [Theory]
    [InlineData("Durham", "County Durham")]
    [InlineData("Hull", "Kingston upon Hull, City of")]
    [InlineData("Bristol", "City of London")]
    [InlineData("Northamptonshire", "North Northamptonshire")]
    [InlineData("Bristol, City of", "Bristol, City ofx")]
    public void Different_names_are_never_made_to_meet(string one, string other) =>
        Assert.NotEqual(AuthorityName.Key(one), AuthorityName.Key(other));
}

public sealed class AuthorityRegistryNeighbourTests
{
    private static HubAuthorityOptions Authority(string code, string name, string region = "E12000009", params string[] neighbours) => new()
    {
        Code = code, Name = name, OldLaCode = "999", RegionCode = region, RegionName = "Somewhere", Children = 50_000, StatisticalNeighbours = [.. neighbours],
    };

    [Fact]
    public void Neighbours_named_as_the_reference_data_writes_them_are_found_closest_first()
    {
        var registry = new AuthorityRegistry([
            Authority("E06000033", "Southend on Sea"),
            Authority("E06000058", "Bournemouth, Christchurch and Poole"),
            Authority("E06000043", "Brighton & Hove"),
        ]);
        var bristol = registry.Find(HubTestStore.Bristol)!;

        // Bristol's list: Brighton and Hove; Leeds; Southend-on-Sea; ...; Bournemouth Christchurch and Poole; Kirklees.
        Assert.Equal(["E06000043", "E06000033", "E06000058"], registry.NeighboursOf(bristol).Select(a => a.Code));
        Assert.Equal(10, bristol.StatisticalNeighbours.Count);
    }

    [Fact]
    public void A_name_two_authorities_share_matches_neither()
    {
        var registry = new AuthorityRegistry([Authority("E08000035", "Leeds"), Authority("E99000001", "LEEDS")]);

        Assert.Null(registry.FindByName("Leeds"));
        Assert.DoesNotContain(registry.NeighboursOf(registry.Find(HubTestStore.Bristol)!), a => a.Name.Equals("Leeds", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Wakefield", registry.FindByName("wakefield")?.Name);
    }

    [Fact]
    public void A_member_has_the_other_members_named_among_its_neighbours_and_the_others_of_its_region()
    {
        var registry = new AuthorityRegistry([Authority(HubTestStore.Rutland, "Rutland", "E12000004", "Lincolnshire", "Nowhere Shire", "Rutland")]);
        var lincolnshire = registry.Find("E10000019")!;
        var rutland = registry.Find(HubTestStore.Rutland)!;

        Assert.Equal(["Wakefield", "Norfolk", "Suffolk"], registry.NeighboursOf(lincolnshire).Select(a => a.Name));
        Assert.Equal(["Leicestershire", "Rutland"], registry.OthersInRegion(lincolnshire).Select(a => a.Name));
        Assert.Equal(["Lincolnshire"], registry.NeighboursOf(rutland).Select(a => a.Name));
        Assert.Empty(registry.OthersInRegion(new AuthorityRegistry([Authority("E99000002", "No Region", "")]).Find("E99000002")!));
    }
}
