using Consortium.Contracts;
using Consortium.Scrutiny.Board;
using Consortium.Scrutiny.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Consortium.Scrutiny.Tests;

/// <summary>The board's override of a judgement: what is refused, and how the report shows the board's beside the rule's.</summary>
public sealed class BoardJudgementsTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static readonly JudgementOverride Amber = new()
    {
        Period = "2025-26", Section = "quality", Rating = Rating.Amber, Note = "Audits were few this year.", By = "Board Chair", On = new DateOnly(2026, 4, 20),
    };

    private static IReadOnlyList<ReportSection> Sections() =>
    [
        new ReportSection("quality", "Quality assurance", [], [], new Judgement(RagRules.QualityIntention, Rating.Red, "1 of 4 good.", "Green when at least 60%.")),
        new ReportSection("voice", "Families' and children's voice", [], [], new Judgement(RagRules.VoiceIntention, Rating.Green, "Asked in 4 of 4.", "Green when at least 50%.")),
        new ReportSection("implementation", "Implementation", [], []),
    ];

    [Fact]
    public void The_boards_judgement_stands_beside_the_rules_in_its_own_section_only()
    {
        var applied = BoardJudgements.Apply(Sections(), new Dictionary<string, JudgementOverride> { ["quality"] = Amber });

        var quality = applied[0].Judgement!;
        Assert.Equal(Rating.Red, quality.Rating);
        Assert.Equal(Rating.Amber, quality.Final);
        Assert.Equal("The board judged this amber where the rule gave red: Audits were few this year. (recorded by Board Chair on 20 April 2026).", quality.BoardSentence);
        Assert.Null(applied[1].Judgement!.Board);
        Assert.Equal(Rating.Green, applied[1].Judgement!.Final);
        Assert.Null(applied[2].Judgement);
    }

    [Theory]
    [InlineData("2025-26", "quality", "Amber", "", "Note")]
    [InlineData("2025-26", "quality", "Amber", "   ", "Note")]
    [InlineData("2025-26", "quality", "NotJudged", "Because", "Rating")]
    [InlineData("2025-26", "quality", "Purple", "Because", "Rating")]
    [InlineData("2025-26", "quality", null, "Because", "Rating")]
    [InlineData("2025-26", "implementation", "Amber", "Because", "Section")]
    [InlineData("2025-26", "judgements", "Amber", "Because", "Section")]
    [InlineData("2026-05", "quality", "Amber", "Because", "Period")]
    [InlineData("2027-28", "quality", "Amber", "Because", "Period")]
    [InlineData("someday", "quality", "Rule", "", "Period")]
    public void Bad_input_is_refused_at_its_field(string? period, string? section, string? rating, string? note, string field)
    {
        var problems = new OverrideInput(period, section, rating, note).Validate(Today, out _);

        Assert.Equal([field], problems.Select(p => p.Field).Distinct());
    }

    [Fact]
    public void A_note_over_the_limit_is_refused_and_one_at_it_is_taken()
    {
        var over = new OverrideInput("2025-26 Q4", "policy", "Green", new string('n', JudgementOverride.MaxNote + 1)).Validate(Today, out _);
        var at = new OverrideInput("2025-26 Q4", "policy", "Green", new string('n', JudgementOverride.MaxNote)).Validate(Today, out var rating);

        Assert.Equal("Note", Assert.Single(over).Field);
        Assert.Empty(at);
        Assert.Equal(Rating.Green, rating);
    }

    [Fact]
    public void Going_back_to_the_rule_needs_no_note_and_gives_no_rating()
    {
        var problems = new OverrideInput("2025-26", "voice", OverrideInput.UseTheRule, "").Validate(Today, out var rating);

        Assert.Empty(problems);
        Assert.Null(rating);
    }

    [Fact]
    public void Two_overrides_of_one_section_for_one_period_are_refused_by_the_settings_kind()
    {
        var twice = new BoardOverrides { Overrides = [Amber, new JudgementOverride { Period = "2025-26", Section = "quality", Rating = Rating.Green, Note = "Again", By = "x" }] };

        Assert.Contains(new BoardOverridesKind().Validate(twice), p => p.Field == "Section");
        Assert.Empty(new BoardOverridesKind().Validate(new BoardOverrides { Overrides = [Amber] }));
    }

    [Fact]
    public void The_word_document_prints_the_boards_judgement_under_the_rules_and_stays_valid()
    {
        var report = new ScrutinyReport("Tower Hamlets", ReportingPeriod.Year(2025), Today,
            BoardJudgements.Apply(Sections(), new Dictionary<string, JudgementOverride> { ["quality"] = Amber }));

        using var document = WordprocessingDocument.Open(new MemoryStream(ScrutinyWordDocument.Write(report)), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Judgement: Red. 1 of 4 good.The board judged this amber where the rule gave red: Audits were few this year.", text, StringComparison.Ordinal);
    }
}
