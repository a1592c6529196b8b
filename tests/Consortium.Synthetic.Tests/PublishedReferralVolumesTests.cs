using Consortium.Tenancy;

namespace Consortium.Synthetic.Tests;

public sealed class PublishedReferralVolumesTests
{
    private static TenantInfo Authority(string code, int children) => new()
    {
        Id = code, Identifier = code.ToLowerInvariant(), Name = code, OldLaCode = "000", NewLaCode = code, RegionCode = "E12000001", RegionName = "R", ChildrenAged0To17 = children,
    };

    private static readonly TenantInfo Norfolk = Authority("E10000020", 171830);
    private static readonly TenantInfo Wokingham = Authority("E06000041", 44412);

    [Fact]
    public void An_authority_with_a_published_figure_gets_its_latest_one()
    {
        Assert.Equal(5986, PublishedReferralVolumes.PerYear(Norfolk, [Norfolk, Wokingham]));
        Assert.Equal(1778, PublishedReferralVolumes.PerYear(Wokingham, [Norfolk, Wokingham]));
    }

    [Fact]
    public void An_authority_without_one_gets_the_consortiums_rate_applied_to_its_children()
    {
        var rutland = Authority("E06000017", 7000);

        // (5,986 + 1,778) / (171,830 + 44,412) per child, times 7,000 children.
        Assert.Equal(251, PublishedReferralVolumes.PerYear(rutland, [Norfolk, Wokingham, rutland]));
    }
}
