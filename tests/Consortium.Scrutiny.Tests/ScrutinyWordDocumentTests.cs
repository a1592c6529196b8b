using Consortium.Contracts;
using Consortium.Scrutiny.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Consortium.Scrutiny.Tests;

/// <summary>The Word document of a hand-built report, read back with the same library.</summary>
public sealed class ScrutinyWordDocumentTests
{
    private static readonly ScrutinyReport Report = new(
        "Tower Hamlets",
        ReportingPeriod.Year(2025),
        new DateOnly(2026, 5, 1),
        [
            new ReportSection("quality", "Quality assurance", ["12 audits were completed."],
                [new ReportTable("Audits by grade", ["Grade", "Audits"], [["1 Outstanding", "3"], ["2 Good", "9"]])],
                new Judgement(RagRules.QualityIntention, Rating.Green, "12 of 12 good.", "Green when at least 60%.")),
            new ReportSection("voice", "Families' and children's voice", ["Not recorded yet."], []),
        ]);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void The_document_is_valid_open_xml()
    {
        using var document = Open(ScrutinyWordDocument.Write(Report));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Each_section_is_a_heading_1_paragraph_and_each_table_a_word_table_under_a_heading_2()
    {
        using var document = Open(ScrutinyWordDocument.Write(Report));
        var body = document.MainDocumentPart!.Document!.Body!;

        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        var captions = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
        var table = Assert.Single(body.Elements<Table>());

        Assert.Equal(["Quality assurance", "Families' and children's voice"], headings);
        Assert.Equal(["Audits by grade"], captions);
        Assert.Equal([["Grade", "Audits"], ["1 Outstanding", "3"], ["2 Good", "9"]], table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray());
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
        Assert.Equal("heading 2", styles["Heading2"]);
    }

    [Fact]
    public void The_judgement_its_reason_and_its_rule_are_in_the_text()
    {
        using var document = Open(ScrutinyWordDocument.Write(Report));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("Judgement: Green. 12 of 12 good.", text, StringComparison.Ordinal);
        Assert.Contains("The rule: Green when at least 60%.", text, StringComparison.Ordinal);
        Assert.Equal(Report.Title, document.PackageProperties.Title);
    }
}
