using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Consortium.Reports.Word;

/// <summary>
/// A report written as a Word document for a committee clerk to edit, paragraph by paragraph: the title and headings in
/// Word's own Title, Heading 1 and Heading 2 styles (so the navigation pane and a table of contents find them), every
/// table a real Word table with a repeated header row under its caption, and each chart a PNG picture with its
/// description as alternative text. A4 with 2 cm margins.
/// </summary>
public sealed class WordReport : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly MemoryStream stream = new();
    private readonly WordprocessingDocument document;
    private readonly MainDocumentPart main;
    private readonly Body body = new();
    private uint pictures;

    public WordReport(string title, string creator)
    {
        document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = creator;
        main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        body.Append(Paragraph(title, WordStyles.Title));
    }

    public WordReport Heading(string text) => Add(Paragraph(text, WordStyles.Heading1));

    public WordReport Text(string text) => Add(Paragraph(text));

    /// <summary>A paragraph in bold, for a judgement.</summary>
    public WordReport Emphasis(string text) => Add(Paragraph(text, WordStyles.Judgement));

    public WordReport Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Add(Paragraph(table.Caption, WordStyles.Heading2));
        Add(WordTable(table));
        return Add(Paragraph(""));
    }

    public WordReport Chart(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Add(Paragraph(chart.Title, WordStyles.Heading2));
        pictures++;
        Add(WordPicture.Inline(main, ChartImage.Png(chart), ChartImage.Width, ChartImage.Height, pictures, $"Chart {pictures}", chart.Description));
        return Add(Paragraph(chart.Description));
    }

    /// <summary>The finished document's bytes; nothing can be added after.</summary>
    public byte[] ToBytes()
    {
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new Document(body);
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private WordReport Add(OpenXmlElement element)
    {
        body.Append(element);
        return this;
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

    private static Table WordTable(ReportTable source)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var _ in source.Header)
        {
            grid.Append(new GridColumn { Width = (9638 / source.Header.Count).ToString(CultureInfo.InvariantCulture) });
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
