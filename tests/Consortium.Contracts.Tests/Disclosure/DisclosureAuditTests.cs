using Consortium.Contracts.Disclosure;

namespace Consortium.Contracts.Tests.Disclosure;

public sealed class DisclosureAuditTests
{
    [Theory]
    [InlineData(3, 3L, true)]
    [InlineData(0, 4L, true)]
    [InlineData(0, 5L, false)]
    [InlineData(4, 8L, true)]
    [InlineData(6, 8L, false)]
    [InlineData(0, 0L, false)]
    [InlineData(2, null, false)]
    public void A_hidden_quantity_is_given_away_when_narrowed_below_six_values_that_include_one_from_1_to_5(long low, long? high, bool givenAway) =>
        Assert.Equal(givenAway, DisclosureAudit.GivesAway(new Interval(low, high), DisclosureAudit.MinimumThreshold));
}
