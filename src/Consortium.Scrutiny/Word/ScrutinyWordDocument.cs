using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Consortium.Scrutiny.Word;

/// <summary>
/// The report as a Word document for the committee clerk to edit: the title and section headings in Word's own Title,
/// Heading 1 and Heading 2 styles (so the navigation pane and a table of contents find them), every table a real Word
/// table with a repeated header row, and each chart a PNG picture (with its description as alternative text) after its table.
/// </summary>
public static class ScrutinyWordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = report.AuthorityName;
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = WordStyles.Create();
            var body = new Body();
            var pictures = 0U;
            body.Append(Paragraph(report.Title, WordStyles.Title));
            body.Append(Paragraph($"{report.AuthorityName}. Prepared from the product on {RagRules.Day(report.PreparedOn)} for the period {report.Period.Label} " +
                                  $"({RagRules.Day(report.Period.Start)} to {RagRules.Day(report.Period.End)}). It holds counts and rates only: no child's name, and no other person's name except whoever recorded a board's judgement. Every figure is in a table; a chart shows the same figures."));
            foreach (var section in report.Sections)
            {
                body.Append(Paragraph(section.Heading, WordStyles.Heading1));
                if (section.Judgement is { } judgement)
                {
                    body.Append(Paragraph($"Judgement: {judgement.RatingText}. {judgement.Reason}", WordStyles.Judgement));
                    if (judgement.BoardSentence is { } board)
                    {
                        body.Append(Paragraph(board, WordStyles.Judgement));
                    }
                }

                foreach (var text in section.Paragraphs)
                {
                    body.Append(Paragraph(text));
                }

                foreach (var table in section.Tables)
                {
                    body.Append(Paragraph(table.Caption, WordStyles.Heading2));
                    body.Append(Table(table));
                    body.Append(Paragraph(""));
                }

                foreach (var chart in section.Charts)
                {
                    body.Append(Paragraph(chart.Title, WordStyles.Heading2));
                    body.Append(WordPicture.Inline(main, ChartImage.Png(chart), ChartImage.Width, ChartImage.Height, ++pictures, $"Chart {pictures}", chart.Description));
                    body.Append(Paragraph(chart.Description));
                }

                if (section.Judgement is { } stated)
                {
                    body.Append(Paragraph($"The rule: {stated.Rule}"));
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTable source)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var _ in source.Header)
        {
            grid.Append(new GridColumn { Width = (9638 / source.Header.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(source.Header, header: true));
        foreach (var row in source.Rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var text in cells)
        {
            var paragraph = Paragraph(text);
            if (header)
            {
                paragraph.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), paragraph));
        }

        return row;
    }
}
