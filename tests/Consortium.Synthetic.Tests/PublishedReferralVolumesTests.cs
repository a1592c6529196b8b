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

    [Fact]
    public void An_authority_with_published_rates_follows_its_own()
    {
        // Norfolk 2025: 5,986 referrals, 536 plans starting; re-referrals as published.
        var rates = PublishedReferralVolumes.Rates(Norfolk, [Norfolk, Wokingham]);

        Assert.Equal(PublishedFigure("E10000020", "rereferral_percent"), rates.ReReferralPercent, 3);
        Assert.Equal(100.0 * 536 / 5986, rates.PlanStartsPerHundredReferrals, 3);
    }

    [Fact]
    public void An_authority_without_them_follows_the_consortiums_weighted_by_referrals()
    {
        var rutland = Authority("E06000017", 7000);
        var norfolk = PublishedReferralVolumes.Rates(Norfolk, [Norfolk]);
        var wokingham = PublishedReferralVolumes.Rates(Wokingham, [Wokingham]);

        var rates = PublishedReferralVolumes.Rates(rutland, [Norfolk, Wokingham, rutland]);

        Assert.Equal(((norfolk.ReReferralPercent * 5986) + (wokingham.ReReferralPercent * 1778)) / (5986 + 1778), rates.ReReferralPercent, 3);
        Assert.InRange(rates.PlanStartsPerHundredReferrals, Math.Min(norfolk.PlanStartsPerHundredReferrals, wokingham.PlanStartsPerHundredReferrals), Math.Max(norfolk.PlanStartsPerHundredReferrals, wokingham.PlanStartsPerHundredReferrals));
    }

    private static double PublishedFigure(string code, string indicator)
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Consortium.Synthetic", "ReferenceData", "published-figures.csv"))
            .Single(l => l.StartsWith(code, StringComparison.Ordinal) && l.Contains(",2025,", StringComparison.Ordinal) && l.Contains($",{indicator},", StringComparison.Ordinal));
        return double.Parse(line[(line.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
