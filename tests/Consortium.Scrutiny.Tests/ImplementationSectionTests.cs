using Consortium.Contracts;
using Consortium.Practice.SelfAssessment;
using Consortium.Scrutiny.Sections;

namespace Consortium.Scrutiny.Tests;

/// <summary>The implementation self-assessment in the report: the latest quarter rated by the period's end, against the quarter before.</summary>
public sealed class ImplementationSectionTests
{
    private static SelfAssessmentQuarter Quarter(DateOnly start, int baseRating, string evidence) => new()
    {
        QuarterStart = start,
        Version = 1,
        Ratings = [.. ImplementationElements.All.Select((e, i) => new SelfAssessmentRating { Element = e, Rating = baseRating + (i % 2), Evidence = $"{evidence} {i}. More words after the first sentence." })],
    };

    private static readonly SelfAssessmentQuarter[] History =
    [
        Quarter(new DateOnly(2025, 7, 1), 3, "Started"),
        Quarter(new DateOnly(2025, 10, 1), 5, "Board met monthly"),
        Quarter(new DateOnly(2026, 4, 1), 9, "Later than the period"),
    ];

    [Fact]
    public void The_latest_quarter_rated_by_the_periods_end_is_set_against_the_quarter_rated_before_it()
    {
        var section = ImplementationSection.From(History, ReportingPeriod.Year(2025));

        var table = Assert.Single(section.Tables);
        Assert.Equal(["Element", "2025-26 Q3", "2025-26 Q2", "Change", "Evidence (first sentence)"], table.Header);
        Assert.Equal(["Leadership", "5", "3", "+2", "Board met monthly 0."], table.Rows[0]);
        Assert.Equal(["Policy and procedure alignment", "6", "4", "+2", "Board met monthly 1."], table.Rows[1]);
        Assert.Equal(6, table.Rows.Count);
        Assert.Contains("The authority last rated its implementation for 2025-26 Q3", section.Paragraphs[0], StringComparison.Ordinal);
        Assert.Null(section.Judgement);
    }

    [Fact]
    public void A_single_quarter_has_no_change_and_a_period_before_any_rating_says_none_was_made()
    {
        var first = ImplementationSection.From(History, ReportingPeriod.QuarterOf(new DateOnly(2025, 8, 1)));
        var none = ImplementationSection.From(History, ReportingPeriod.Year(2024));

        Assert.Equal(["Leadership", "3", "-", "-", "Started 0."], Assert.Single(first.Tables).Rows[0]);
        Assert.Empty(none.Tables);
        Assert.Contains("has not rated its implementation", none.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_evidence_is_cut_at_200_characters()
    {
        var longEvidence = new string('a', 450);
        var quarter = new SelfAssessmentQuarter
        {
            QuarterStart = new DateOnly(2025, 4, 1),
            Ratings = [.. ImplementationElements.All.Select(e => new SelfAssessmentRating { Element = e, Rating = 4, Evidence = longEvidence })],
        };

        var row = Assert.Single(ImplementationSection.From([quarter], ReportingPeriod.Year(2025)).Tables).Rows[0];

        Assert.Equal(new string('a', 200) + "…", row[4]);
    }
}
