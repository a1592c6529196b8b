using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Tests.Outcomes;

public sealed class FieldChangesTests
{
    private static RecordFields Map(string harm, string complicating) =>
        new RecordFields().Add("HarmStatement", "Harm", harm).Add("ComplicatingFactors", "Complicating factors", complicating);

    [Fact]
    public void A_field_only_they_changed_has_no_value_of_yours_so_theirs_can_be_taken()
    {
        var changes = FieldChanges.Between(Map("Hurt", "Mum drinks").Values, Map("Hurt", "Mum drinks\nA new partner"), Map("Hit with a belt", "Mum drinks"));

        var change = Assert.Single(changes);
        Assert.Equal(new FieldChange("ComplicatingFactors", "Complicating factors", "Mum drinks", "Mum drinks\nA new partner"), change);
        Assert.False(change.ChangedByBoth);
        Assert.Equal("Complicating factors: added 'A new partner'", change.Describe());
    }

    [Fact]
    public void A_field_both_changed_carries_your_value_and_the_same_change_by_both_is_no_choice()
    {
        var changes = FieldChanges.Between(Map("Hurt", "Mum drinks").Values, Map("Hit", "Dad drinks"), Map("Hit with a belt", "Dad drinks"));

        Assert.Equal([("HarmStatement", "Hit with a belt", true), ("ComplicatingFactors", "Dad drinks", false)], changes.Select(c => (c.Field, c.Yours, c.ChangedByBoth)));
        Assert.Equal("Harm: 'Hurt' → 'Hit'", changes[0].Describe());
    }

    [Fact]
    public void Without_a_known_starting_point_every_field_that_differs_from_yours_is_shown_and_nothing_is_taken()
    {
        var changes = FieldChanges.Between(null, Map("Hit", "Mum drinks"), Map("Hurt", "Mum drinks"));

        var change = Assert.Single(changes);
        Assert.Equal(new FieldChange("HarmStatement", "Harm", null, "Hit", "Hurt"), change);
        Assert.Equal("Harm: now 'Hit'", change.Describe());
        Assert.Empty(FieldChanges.Between(null, Map("Hit", "Mum drinks")));
    }

    [Fact]
    public void A_browsers_line_endings_and_surrounding_space_are_no_change()
    {
        Assert.Empty(FieldChanges.Between(new Dictionary<string, string> { ["HarmStatement"] = " Hurt\r\nbadly ", ["ComplicatingFactors"] = "" }, Map("Hurt\nbadly", "")));
    }
}
